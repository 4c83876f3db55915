-- Harvest state: one row per OAI-PMH set and metadata format. Portable: runs unchanged on SQLite and PostgreSQL.
-- A run in progress keeps the resumption token of its next page, so a killed harvest resumes where it stopped.
CREATE TABLE harvest_state (
  set_spec           TEXT NOT NULL,           -- 'cs', 'physics:hep-th', or '' for all of arXiv
  metadata_prefix    TEXT NOT NULL,           -- arXiv, arXivRaw or oai_dc
  last_datestamp     TEXT,                    -- responseDate of the last complete run: the next run's 'from'
  run_started_at     TEXT,                    -- when the run in progress started; NULL when none is
  resumption_token   TEXT,                    -- next page of the run in progress (NULL before its second page)
  run_from           TEXT,                    -- 'from' of the run in progress
  run_until          TEXT,                    -- 'until' of the run in progress
  run_response_date  TEXT,                    -- responseDate of the first page of the run in progress
  run_records        BIGINT NOT NULL DEFAULT 0,
  records_harvested  BIGINT NOT NULL DEFAULT 0,
  complete_list_size BIGINT,
  last_run_at        TEXT,
  last_error         TEXT,
  PRIMARY KEY (set_spec, metadata_prefix)
);

-- One harvester talks to arXiv at a time, across processes (quire serve's job and the quire harvest command).
CREATE TABLE harvest_lock (
  name       TEXT PRIMARY KEY,
  owner      TEXT NOT NULL,
  locked_at  TEXT NOT NULL
);
