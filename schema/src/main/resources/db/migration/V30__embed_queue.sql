-- Embedding shared by the nodes: a row per paper (and model) whose vector is wanted. A worker
-- claims a batch of unclaimed rows (or rows whose lease ran out: a dead node's), embeds them, and
-- in one transaction stores the vectors it still holds the claim on and deletes their rows.
-- Portable: runs unchanged on SQLite and PostgreSQL. Times are epoch millis.
CREATE TABLE embed_queue (
  paper_id     TEXT    NOT NULL REFERENCES papers (id),
  model        TEXT    NOT NULL,
  requested_ms BIGINT  NOT NULL,
  claimed_by   TEXT,              -- the worker holding it, NULL when free
  lease_until  BIGINT,            -- the claim holds until then; later, any worker may take it
  attempts     INT     NOT NULL DEFAULT 0,
  PRIMARY KEY (paper_id, model)
);
CREATE INDEX embed_queue_order ON embed_queue (model, requested_ms, paper_id);
CREATE INDEX embed_queue_claimed_by ON embed_queue (claimed_by);

-- Who computed which vector, one row per stored vector (an embedding whose claim was lost is
-- not stored and not logged): how far each worker got, and proof that nothing was embedded twice.
CREATE TABLE embed_log (
  paper_id    TEXT    NOT NULL,
  model       TEXT    NOT NULL,
  worker      TEXT    NOT NULL,
  embedded_ms BIGINT  NOT NULL
);
CREATE INDEX embed_log_paper ON embed_log (paper_id, model);
CREATE INDEX embed_log_time ON embed_log (embedded_ms);
