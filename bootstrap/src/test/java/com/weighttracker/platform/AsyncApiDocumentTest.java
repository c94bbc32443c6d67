package com.weighttracker.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.messaging.handler.HandlerMethod;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.messaging.simp.annotation.support.SimpAnnotationMethodMessageHandler;
import org.springframework.stereotype.Controller;
import org.yaml.snakeyaml.Yaml;

import com.weighttracker.shared.application.LiveUpdates;
import com.weighttracker.shared.application.SubscriptionGuard;
import com.weighttracker.support.IntegrationTest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps docs/asyncapi.yaml (the real-time API, README "Real time") true against the code, both ways:
 * <ul>
 * <li>its SEND channels are exactly the {@code @MessageMapping} destinations (under {@code /app}),
 * each with the payload type its handler reads;</li>
 * <li>its {@code /topic/…} channels are exactly what the gatekeeper's {@link SubscriptionGuard}s
 * claim (every guard has a channel, every topic channel a guard), and its {@code /user/queue/…}
 * channels exactly the queues the code pushes to ({@code "/queue/…"} constants and
 * {@code @SendToUser});</li>
 * <li>its messages name every frame the server pushes (records with a {@code type} first, in classes
 * that push through {@link LiveUpdates} or answer STOMP frames) and nothing else;</li>
 * <li>each message's schema lists exactly the record's fields, and each example parses into the
 * record with the product's own JSON mapper (strict: no unknown field, no null primitive) and
 * writes back to the same JSON: the example is a frame the product really sends or reads.</li>
 * </ul>
 */
class AsyncApiDocumentTest extends IntegrationTest {

    private static final String APP = "/app";
    private static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");

    private static Map<String, Object> document;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JsonMapper json;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        var file = Files.exists(DOCUMENT) ? DOCUMENT : Path.of("docs", "asyncapi.yaml");
        document = (Map<String, Object>) new Yaml().load(Files.readString(file));
    }

    @Test
    void itIsAnAsyncApiDocumentOfTheStompEndpointWithTheAccessTokenOnConnect() {
        assertThat(document.get("asyncapi")).isEqualTo("2.6.0");
        var server = map(map(document.get("servers")).get("production"));
        assertThat(server.get("protocol")).isEqualTo("stomp");
        assertThat((String) server.get("url")).endsWith("/v1/ws");
        var token = map(map(map(document.get("components")).get("securitySchemes")).get("accessToken"));
        assertThat(token).containsEntry("type", "http").containsEntry("scheme", "bearer").containsEntry("bearerFormat", "JWT");
        assertThat((String) token.get("description")).contains("CONNECT header `Authorization: Bearer");
    }

    @Test
    void itsSendChannelsAreTheMessageMappingsWithTheirPayloadTypes() throws Exception {
        var handlers = context.getBean(SimpAnnotationMethodMessageHandler.class);
        Map<String, HandlerMethod> mapped = new LinkedHashMap<>();
        handlers.getHandlerMethods().forEach((info, method) -> info.getDestinationConditions().getPatterns()
                .forEach(pattern -> mapped.put(normalised(pattern.startsWith(APP + "/") ? pattern : APP + pattern), method)));

        var sendChannels = channels().entrySet().stream().filter(channel -> channel.getValue().containsKey("publish"))
                .collect(Collectors.toMap(channel -> normalised(channel.getKey()), Map.Entry::getValue));
        assertThat(sendChannels.keySet()).as("SEND destinations: the document vs @MessageMapping")
                .containsExactlyInAnyOrderElementsOf(mapped.keySet());

        for (var channel : sendChannels.entrySet()) {
            var message = messageOf(map(channel.getValue().get("publish")));
            var payloadType = Arrays.stream(mapped.get(channel.getKey()).getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(Payload.class))
                    .map(parameter -> parameter.getParameterType().getName()).findFirst();
            assertThat(payloadType).as(channel.getKey() + ": the payload its handler reads")
                    .isEqualTo(java.util.Optional.ofNullable((String) message.get("x-java-type")));
            if (payloadType.isEmpty()) {
                assertThat(examples(message)).as(channel.getKey() + ": a frame without a payload").containsOnly(Map.of());
            }
        }
    }

    @Test
    void itsTopicsAreWhatTheGuardsClaimAndItsUserQueuesWhatTheCodePushesTo() throws Exception {
        var guardPrefixes = context.getBeansOfType(SubscriptionGuard.class).values().stream().map(SubscriptionGuard::prefix)
                .collect(Collectors.toCollection(TreeSet::new));
        var subscribed = channels().entrySet().stream().filter(channel -> channel.getValue().containsKey("subscribe"))
                .map(Map.Entry::getKey).toList();
        var topics = subscribed.stream().filter(channel -> channel.startsWith("/topic/")).toList();
        for (var topic : topics) {
            assertThat(guardPrefixes).as(topic + " is claimed by a SubscriptionGuard").anyMatch(topic::startsWith);
        }
        for (var prefix : guardPrefixes) {
            assertThat(topics).as("the guard of " + prefix + " has a channel in the document").anyMatch(t -> t.startsWith(prefix));
        }
        assertThat(subscribed).as("every subscribable channel is a guarded topic or a user queue")
                .allMatch(channel -> channel.startsWith("/topic/") || channel.startsWith("/user/queue/"));

        var userQueues = subscribed.stream().filter(channel -> channel.startsWith("/user/queue/"))
                .map(channel -> channel.substring("/user".length())).toList();
        assertThat(userQueues).as("user queues: the document vs the code")
                .containsExactlyInAnyOrderElementsOf(queuesInTheCode());
    }

    @Test
    void itsMessagesAreEveryFrameThePushesSendWithExactFieldsAndExamplesTheProductReadsAndWritesAlike() throws Exception {
        var messages = map(map(document.get("components")).get("messages"));
        var documented = new TreeSet<String>();
        for (var entry : messages.entrySet()) {
            var message = map(entry.getValue());
            var type = (String) message.get("x-java-type");
            if (type == null) {
                continue;
            }
            documented.add(type);
            var record = Class.forName(type);
            assertThat(record.isRecord()).as(type).isTrue();
            var fields = Arrays.stream(record.getRecordComponents()).map(c -> c.getName()).toList();
            var schema = resolve(map(message.get("payload")));
            var properties = map(schema.get("properties"));
            assertThat(properties.keySet()).as(entry.getKey() + ": schema properties vs " + type).containsExactlyInAnyOrderElementsOf(fields);
            assertThat(properties.keySet()).as(entry.getKey() + ": required").containsAll(list(schema.get("required")).stream().map(String::valueOf).toList());
            assertThat(examples(message)).as(entry.getKey() + " has examples").isNotEmpty();
            for (var example : examples(message)) {
                var text = json.writeValueAsString(example);
                var parsed = json.readValue(text, record);
                assertThat(json.readTree(json.writeValueAsString(parsed))).as(entry.getKey() + ": " + text + " read and written by the product")
                        .isEqualTo(json.readTree(text));
                if (properties.get("type") != null) {
                    var allowed = map(properties.get("type"));
                    List<Object> types = allowed.containsKey("const") ? List.of(allowed.get("const")) : list(allowed.get("enum"));
                    assertThat(types).as(entry.getKey() + ": the example's type").contains(example.get("type"));
                }
            }
        }
        var pushed = pushedFrames();
        var sent = context.getBean(SimpAnnotationMethodMessageHandler.class).getHandlerMethods().values().stream()
                .flatMap(method -> Arrays.stream(method.getMethodParameters()))
                .filter(parameter -> parameter.hasParameterAnnotation(Payload.class))
                .map(parameter -> parameter.getParameterType().getName()).collect(Collectors.toSet());
        assertThat(documented).as("x-java-type of the messages vs the frames the code pushes and reads")
                .containsExactlyInAnyOrderElementsOf(Stream.concat(pushed.stream(), sent.stream()).collect(Collectors.toCollection(TreeSet::new)));
    }

    // ------------------------------------------------------------------ the code

    /** The product's classes (not this module's tests), with their annotations and nested classes. */
    private static List<Class<?>> productClasses() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        var classes = new ArrayList<Class<?>>();
        for (BeanDefinition definition : scanner.findCandidateComponents("com.weighttracker")) {
            var resource = ((org.springframework.beans.factory.support.AbstractBeanDefinition) definition).getResource();
            if (resource != null && resource.getDescription().contains("test-classes")) {
                continue;
            }
            classes.add(Class.forName(definition.getBeanClassName(), false, AsyncApiDocumentTest.class.getClassLoader()));
        }
        return classes;
    }

    /** Frames the server pushes: records whose first field is {@code String type}, in a class that pushes or answers frames. */
    private static Set<String> pushedFrames() throws ClassNotFoundException {
        var frames = new TreeSet<String>();
        for (var type : productClasses()) {
            var outer = type.getEnclosingClass();
            if (!type.isRecord() || outer == null || !pushes(outer)) {
                continue;
            }
            var components = type.getRecordComponents();
            if (components.length > 0 && components[0].getName().equals("type") && components[0].getType() == String.class) {
                frames.add(type.getName());
            }
        }
        return frames;
    }

    private static boolean pushes(Class<?> type) {
        try {
            return LiveUpdates.class.isAssignableFrom(type) || type.isAnnotationPresent(Controller.class)
                    || Arrays.stream(type.getDeclaredFields()).anyMatch(field -> field.getType() == LiveUpdates.class);
        } catch (LinkageError optionalDependencyMissing) {
            return false;
        }
    }

    /**
     * {@code "/queue/…"} constants in the packages of the classes that push (where the destinations
     * live, e.g. messaging's ConversationTopics), and the queues of {@code @SendToUser} answers.
     */
    private static Set<String> queuesInTheCode() throws Exception {
        var classes = productClasses();
        var pushing = classes.stream().filter(AsyncApiDocumentTest::pushes).map(Class::getPackageName).collect(Collectors.toSet());
        var queues = new TreeSet<String>();
        for (var type : classes) {
            if (!pushing.contains(type.getPackageName())) {
                continue;
            }
            for (var field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    var value = (String) field.get(null);
                    if (value != null && value.startsWith("/queue/") && value.length() > "/queue/".length()) {
                        queues.add(value);
                    }
                }
            }
            for (var method : type.getDeclaredMethods()) {
                var answer = method.getAnnotation(SendToUser.class);
                if (answer != null) {
                    queues.addAll(Arrays.asList(answer.destinations()));
                }
            }
        }
        return queues;
    }

    // ------------------------------------------------------------------ the document

    private static Map<String, Map<String, Object>> channels() {
        var channels = new LinkedHashMap<String, Map<String, Object>>();
        map(document.get("channels")).forEach((name, channel) -> channels.put(name, map(channel)));
        return channels;
    }

    /** {@code {conversationId}} and {@code {id}} alike: the code and the document may name a variable differently. */
    private static String normalised(String destination) {
        return destination.replaceAll("\\{[^}]*}", "{}");
    }

    private static Map<String, Object> messageOf(Map<String, Object> operation) {
        return resolve(map(operation.get("message")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> examples(Map<String, Object> message) {
        return list(message.get("examples")).stream().map(example -> (Map<String, Object>) map(example).get("payload")).toList();
    }

    /** Follows a local {@code $ref} ("#/components/…"). */
    private static Map<String, Object> resolve(Map<String, Object> node) {
        var reference = (String) node.get("$ref");
        if (reference == null) {
            return node;
        }
        Object target = document;
        for (var part : reference.substring(2).split("/")) {
            target = map(target).get(part);
        }
        return resolve(map(target));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return node == null ? List.of() : (List<Object>) node;
    }
}
