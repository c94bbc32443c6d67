-- db-scheduler's table (ADR 19): one row per scheduled execution; instances claim due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so each execution runs on exactly one instance.
-- Not generated into jOOQ (only db-scheduler reads it; jOOQ's DDL simulation cannot key TEXT columns).
-- [jooq ignore start]
CREATE TABLE platform.scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX scheduled_tasks_execution_time_idx ON platform.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON platform.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx ON platform.scheduled_tasks (priority DESC, execution_time ASC);
-- [jooq ignore stop]
