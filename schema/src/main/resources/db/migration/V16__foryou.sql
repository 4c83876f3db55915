-- For you: what readers follow, their "not interested" clicks, onboarding positives, seen marks, inbox reads and
-- private feed secrets. Portable: runs unchanged on SQLite and PostgreSQL (ISO-8601 text instants).
CREATE TABLE follows (
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,                   -- author | organization | category | search | collection
  follow_key TEXT NOT NULL,                   -- author name, organisation name, category or archive, query, collection id
  variants   TEXT NOT NULL DEFAULT '',        -- authors: other spellings of the name, one per line
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, kind, follow_key)
);

-- Papers a reader marked "not interested": removed from For you and negative examples for the ranking.
CREATE TABLE foryou_dismissed (
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL REFERENCES papers (id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);

-- Positives given at onboarding (pasted arXiv ids, BibTeX entries with arXiv eprints).
CREATE TABLE foryou_seeds (
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL REFERENCES papers (id),
  source     TEXT NOT NULL,                   -- arxiv | bibtex
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);

-- Papers For you has shown a reader: each is suggested as new once.
CREATE TABLE foryou_seen (
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL,
  seen_at    TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);

-- Inbox papers a reader has read.
CREATE TABLE inbox_reads (
  user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id   TEXT NOT NULL,
  read_at    TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);

-- The secret of a reader's private feed URLs, stored as a SHA-256 digest; resetting replaces it.
CREATE TABLE feed_secrets (
  user_id     TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret_hash TEXT NOT NULL UNIQUE,
  created_at  TEXT NOT NULL
);
