-- Jobs that run once per cluster (daily harvest, digest runs, the outbox pass): db-scheduler's
-- table. Each row is one due execution; the node that picks it sets picked/picked_by and beats
-- last_heartbeat while it runs, so another node takes over a dead node's run.
-- Portable: runs unchanged on SQLite and PostgreSQL (TIMESTAMPTZ and BOOLEAN are PostgreSQL's
-- types; SQLite takes the names and stores db-scheduler's UTC epoch millis and 0/1).
CREATE TABLE scheduled_tasks (
  task_name            VARCHAR(100) NOT NULL,
  task_instance        VARCHAR(100) NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMPTZ  NOT NULL,
  picked               BOOLEAN      NOT NULL,
  picked_by            VARCHAR(50),
  last_success         TIMESTAMPTZ,
  last_failure         TIMESTAMPTZ,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMPTZ,
  version              BIGINT       NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_time ON scheduled_tasks (priority DESC, execution_time ASC);
