package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.challenges.adapter.persistence.schema.Challenges.CHALLENGES;
import static com.weighttracker.gamification.adapter.persistence.schema.Gamification.GAMIFICATION;
import static com.weighttracker.identity.adapter.persistence.schema.Identity.IDENTITY;
import static com.weighttracker.messaging.adapter.persistence.schema.Messaging.MESSAGING;
import static com.weighttracker.notifications.adapter.persistence.schema.Notifications.NOTIFICATIONS;
import static com.weighttracker.social.adapter.persistence.schema.Social.SOCIAL;
import static com.weighttracker.teams.adapter.persistence.schema.Teams.TEAMS;
import static com.weighttracker.tracking.adapter.persistence.schema.Tracking.TRACKING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.Key;
import org.jooq.Schema;
import org.jooq.SortField;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the code generation choice (ADR 0003): the jOOQ classes are generated from the Flyway
 * scripts by jOOQ's DDL parser, without a database, so nothing else checks that they describe the
 * schema PostgreSQL actually builds from the same scripts. Here each context's real, migrated
 * schema (every context that has tables; read back through JDBC metadata) is compared with
 * its generated model ({@link com.weighttracker.identity.adapter.persistence.schema.Identity#IDENTITY},
 * {@link com.weighttracker.tracking.adapter.persistence.schema.Tracking#TRACKING}).
 *
 * <p>Why not simply assert that {@code dsl.meta(IDENTITY).migrateTo(real)} is empty: it is not, and
 * never will be, for five harmless reasons, which would hide real drift among them:
 * <ul>
 * <li>the parser interprets the scripts in an in-memory H2, so constraints declared without a name
 * (the inline {@code primary key}s and {@code references}) get H2's names ({@code CONSTRAINT_8}),
 * where PostgreSQL says {@code accounts_pkey}, {@code profiles_user_id_fkey}; migrateTo then drops
 * and re-adds every key;
 * <li>{@code timestamp with time zone} without a precision stays precision-less in the generated
 * model, while PostgreSQL reports its default, 6 (microseconds);
 * <li>the indexes between {@code [jooq ignore start/stop]} (an expression index and a partial
 * index, which the parser cannot model) exist only in the database;
 * <li>the parser drops an index column's sort order ({@code recorded_at desc} becomes
 * {@code recorded_at}) and a partial index's {@code where} (challenges' running, completed, team and
 * end indexes), so indexes are compared by their columns and uniqueness only. Nothing reads the order
 * or the predicate from the generated model; tracking's {@code ExplainPlansTest} checks the real index
 * serves the newest-first list without a sort;
 * <li>{@code double precision} is {@code float8} in PostgreSQL's metadata.
 * </ul>
 * So each side is reduced to a set of readable facts, with exactly those differences normalised
 * away: tables; columns with type, length/precision/scale, array-ness and nullability; primary,
 * unique and foreign keys by their columns (not their names); indexes by name, columns and
 * uniqueness. A failure then lists precisely the facts that differ.
 *
 * <p>Not compared, because jOOQ's meta model cannot carry them on either side: {@code ON DELETE
 * CASCADE} of the foreign keys (covered by {@code JooqAccountRepositoryTest}), check constraints
 * (there are none), defaults (there are none).
 */
class GeneratedSchemaMatchesDatabaseTest {

    /**
     * A context's schema: its generated model, the indexes its scripts hide from the DDL parser
     * (they must exist in the database only), and tables that must be among those compared.
     */
    record ContextSchema(String name, Schema generated, Set<String> indexesHiddenFromParser,
            List<String> expectedTables) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static DSLContext dsl;

    static Stream<ContextSchema> contexts() {
        return Stream.of(
                new ContextSchema("identity", IDENTITY,
                        Set.of("accounts_username_key", "accounts_deletion_requested_idx"),
                        List.of("accounts", "one_time_tokens", "profiles", "refresh_tokens")),
                new ContextSchema("tracking", TRACKING, Set.of(), List.of("goals", "weight_entries")),
                new ContextSchema("teams", TEAMS, Set.of("teams_name_key", "join_requests_pending_key"),
                        List.of("invite_codes", "join_requests", "members", "teams")),
                new ContextSchema("notifications", NOTIFICATIONS, Set.of("inbox_centre_idx", "inbox_unread_idx",
                        "preferences_daily_idx", "preferences_check_in_idx", "preferences_summary_idx",
                        "mail_queue_due_idx", "mail_queue_done_idx"),
                        List.of("inbox", "mail_queue", "preferences", "push_subscriptions", "server_keys")),
                new ContextSchema("social", SOCIAL, Set.of("posts_public_feed_idx", "posts_team_feed_idx",
                        "posts_tags_idx", "reports_open_team_idx", "reports_open_public_idx"),
                        List.of("blocks", "comments", "likes", "posts", "reports")),
                new ContextSchema("challenges", CHALLENGES, Set.of(),
                        List.of("challenges", "participants")),
                new ContextSchema("gamification", GAMIFICATION, Set.of(),
                        List.of("achievements", "points", "points_ledger", "social_acts")),
                new ContextSchema("messaging", MESSAGING, Set.of("messages_body_search_idx"),
                        List.of("conversations", "hidden_messages", "messages", "participants")));
    }

    @BeforeAll
    static void connect() {
        dsl = TestDatabase.dsl();
    }

    private static Schema migrated(ContextSchema context) {
        var schemas = dsl.meta().filterSchemas(schema -> schema.getName().equals(context.name())).getSchemas();
        assertThat(schemas).as("the migrated database has a %s schema", context.name()).hasSize(1);
        return schemas.get(0);
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void generatedTablesHaveTheMigratedColumnsWithTheirTypesAndNullability(ContextSchema context) {
        assertThat(facts(context.generated(), GeneratedSchemaMatchesDatabaseTest::columnFacts))
                .isNotEmpty()
                .containsExactlyElementsOf(facts(migrated(context), GeneratedSchemaMatchesDatabaseTest::columnFacts));
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void generatedKeysAreTheMigratedPrimaryUniqueAndForeignKeys(ContextSchema context) {
        assertThat(facts(context.generated(), GeneratedSchemaMatchesDatabaseTest::keyFacts))
                .isNotEmpty()
                .containsExactlyElementsOf(facts(migrated(context), GeneratedSchemaMatchesDatabaseTest::keyFacts));
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void generatedIndexesAreTheMigratedOnesExceptThoseHiddenFromTheParser(ContextSchema context) {
        var migratedIndexes = facts(migrated(context), GeneratedSchemaMatchesDatabaseTest::indexFacts);
        var hidden = migratedIndexes.stream().filter(fact -> isHiddenFromParser(context, fact))
                .collect(Collectors.toCollection(TreeSet::new));
        // if a hidden index is renamed or dropped, this list (and the scripts' comments) must follow
        assertThat(hidden).as("indexes in [jooq ignore] blocks").hasSize(context.indexesHiddenFromParser().size());

        migratedIndexes.removeAll(hidden);
        assertThat(facts(context.generated(), GeneratedSchemaMatchesDatabaseTest::indexFacts))
                .isNotEmpty()
                .containsExactlyElementsOf(migratedIndexes);
    }

    @ParameterizedTest
    @MethodSource("contexts")
    void migratedDatabaseHasNoTableTheGeneratedModelLacks(ContextSchema context) {
        assertThat(tableNames(context.generated())).containsAll(context.expectedTables())
                .containsExactlyElementsOf(tableNames(migrated(context)));
    }

    private static boolean isHiddenFromParser(ContextSchema context, String indexFact) {
        return context.indexesHiddenFromParser().stream()
                .anyMatch(name -> indexFact.startsWith("index " + name + " "));
    }

    private static List<String> tableNames(Schema schema) {
        return schema.getTables().stream().map(Table::getName).sorted().toList();
    }

    private static TreeSet<String> facts(Schema schema, Function<Table<?>, Stream<String>> factsOfTable) {
        return schema.getTables().stream().flatMap(factsOfTable).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Stream<String> columnFacts(Table<?> table) {
        return Stream.of(table.fields())
                .map(field -> "column " + table.getName() + "." + field.getName() + " " + type(field.getDataType())
                        + (field.getDataType().nullable() ? " null" : " not null"));
    }

    private static Stream<String> keyFacts(Table<?> table) {
        var primaryKey = table.getPrimaryKey();
        var primary = primaryKey == null ? Stream.<String>empty()
                : Stream.of("primary key " + table.getName() + columns(primaryKey));
        var unique = table.getUniqueKeys().stream().filter(key -> !key.equals(primaryKey))
                .filter(key -> primaryKey == null || !key.getFields().equals(primaryKey.getFields()))
                .map(key -> "unique " + table.getName() + columns(key));
        var foreign = table.getReferences().stream().map(key -> "foreign key " + table.getName() + columns(key)
                + " references " + key.getKey().getTable().getName() + names(key.getKeyFields()));
        return Stream.of(primary, unique, foreign).flatMap(Function.identity());
    }

    private static Stream<String> indexFacts(Table<?> table) {
        return table.getIndexes().stream().map(index -> "index " + index.getName() + " on " + table.getName()
                + indexColumns(index) + (index.getUnique() ? " unique" : ""));
    }

    private static String columns(Key<?> key) {
        return names(key.getFields());
    }

    private static String names(List<? extends Field<?>> fields) {
        return fields.stream().map(Field::getName).collect(Collectors.joining(", ", " (", ")"));
    }

    private static String indexColumns(Index index) {
        return index.getFields().stream().map(SortField::getName).collect(Collectors.joining(", ", " (", ")"));
    }

    /**
     * The PostgreSQL type as it would be declared, e.g. {@code varchar(100)[]}, normalised for the two
     * ways the same type is spelled differently by the two models: {@code decimal} is PostgreSQL's
     * {@code numeric}, and a timestamp without a precision has PostgreSQL's default precision 6.
     */
    private static String type(DataType<?> type) {
        if (type.isArray()) {
            return type(type.getArrayComponentDataType()) + "[]";
        }
        var name = type.getTypeName(dsl.configuration()).toLowerCase();
        if (name.equals("decimal")) {
            name = "numeric";
        }
        if (name.equals("float8")) {
            name = "double precision";
        }
        if (type.isDateTime() && !type.isDate()) {
            // "timestamp(6) with time zone"
            return name.replaceFirst("timestamp", "timestamp(" + (type.precisionDefined() ? type.precision() : 6) + ")");
        }
        if (type.lengthDefined()) {
            return name + "(" + type.length() + ")";
        }
        if (type.precisionDefined() || type.scaleDefined()) {
            return name + "(" + type.precision() + ", " + type.scale() + ")";
        }
        return name;
    }
}
