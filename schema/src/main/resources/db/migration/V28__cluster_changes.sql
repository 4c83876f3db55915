-- Several nodes on one database (PostgreSQL): each node writes a row per committed change that
-- its in-memory caches depend on (papers, sessions); the other nodes poll the rows of the last
-- seconds and drop what they remembered. Rows are pruned after ten minutes.
CREATE TABLE cluster_changes (
    node    TEXT    NOT NULL,  -- the writing process, a random id per start
    seq     BIGINT  NOT NULL,  -- its running number of changes
    at_ms   BIGINT  NOT NULL,  -- epoch millis of the write (the writer's clock)
    topic   TEXT    NOT NULL,  -- what changed: "papers", "sessions"
    payload TEXT    NOT NULL,  -- topic-specific detail, e.g. paper ids
    PRIMARY KEY (node, seq)
);
CREATE INDEX cluster_changes_at ON cluster_changes (at_ms);
