-- Portable schema: runs unchanged on SQLite and PostgreSQL.
-- Dates are ISO-8601 text (YYYY-MM-DD, or instants with a Z), which sort and compare correctly as text.
CREATE TABLE organizations (
  name        TEXT PRIMARY KEY,
  fullname    TEXT,
  avatar_url  TEXT,
  hf_id       TEXT
);

CREATE TABLE papers (
  id               TEXT PRIMARY KEY,
  title            TEXT NOT NULL,
  abstract         TEXT NOT NULL,
  authors_json     TEXT NOT NULL,
  categories       TEXT,
  primary_category TEXT,
  comments         TEXT,
  doi              TEXT,
  journal_ref      TEXT,
  report_no        TEXT,
  license          TEXT,
  submitter        TEXT,
  versions_json    TEXT NOT NULL,
  latest_version   INTEGER,
  published_at     TEXT,
  updated_at       TEXT,
  upvotes          INTEGER NOT NULL DEFAULT 0,
  num_comments     INTEGER NOT NULL DEFAULT 0,
  ai_summary       TEXT,
  ai_keywords_json TEXT,
  github_repo      TEXT,
  github_stars     INTEGER,
  project_page     TEXT,
  organization     TEXT REFERENCES organizations (name),
  withdrawn        BOOLEAN NOT NULL DEFAULT FALSE,
  modified_at      TEXT NOT NULL
);
CREATE INDEX papers_organization ON papers (organization, upvotes);
CREATE INDEX papers_published ON papers (published_at);

CREATE TABLE daily_entries (
  paper_id           TEXT NOT NULL REFERENCES papers (id),
  featured_on        TEXT NOT NULL,
  submitted_at       TEXT,
  submitter          TEXT,
  submitter_fullname TEXT,
  submitter_avatar   TEXT,
  PRIMARY KEY (paper_id, featured_on)
);
CREATE INDEX daily_entries_day ON daily_entries (featured_on);
CREATE INDEX daily_entries_submitter ON daily_entries (submitter, featured_on);
