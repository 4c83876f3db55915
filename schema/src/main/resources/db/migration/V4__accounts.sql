-- Accounts and community: users, sessions, single-use mail tokens, API tokens, votes, comments, collections.
-- Portable (SQLite and PostgreSQL): random TEXT ids, ISO-8601 text instants, BOOLEAN flags.
-- Secrets (session ids, mail links, API tokens) are stored only as SHA-256 hex digests.
CREATE TABLE users (
  id                TEXT PRIMARY KEY,
  email             TEXT NOT NULL UNIQUE,
  name              TEXT NOT NULL UNIQUE,
  password_hash     TEXT NOT NULL,
  role              TEXT NOT NULL DEFAULT 'user',
  email_verified_at TEXT,
  created_at        TEXT NOT NULL
);

CREATE TABLE sessions (
  token_hash  TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token  TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE mail_tokens (
  token_hash  TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  purpose     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  used_at     TEXT
);
CREATE INDEX mail_tokens_user ON mail_tokens (user_id, purpose);

CREATE TABLE api_tokens (
  id           TEXT PRIMARY KEY,
  token_hash   TEXT NOT NULL UNIQUE,
  user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at   TEXT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Counts of this site's own votes and visible comments, kept beside the imported counts so that re-importing
-- never overwrites them; pages show the sums.
ALTER TABLE papers ADD COLUMN local_upvotes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE papers ADD COLUMN local_comments INTEGER NOT NULL DEFAULT 0;

CREATE TABLE votes (
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  paper_id    TEXT NOT NULL REFERENCES papers (id),
  created_at  TEXT NOT NULL,
  PRIMARY KEY (user_id, paper_id)
);
CREATE INDEX votes_paper ON votes (paper_id);

CREATE TABLE comments (
  id          TEXT PRIMARY KEY,
  paper_id    TEXT NOT NULL REFERENCES papers (id),
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  body        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  edited_at   TEXT,
  hidden      BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX comments_paper ON comments (paper_id, created_at);

CREATE TABLE collections (
  id          TEXT PRIMARY KEY,
  user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  is_public   BOOLEAN NOT NULL DEFAULT TRUE,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX collections_user ON collections (user_id);

CREATE TABLE collection_items (
  collection_id TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  paper_id      TEXT NOT NULL REFERENCES papers (id),
  added_at      TEXT NOT NULL,
  PRIMARY KEY (collection_id, paper_id)
);

-- Which account submitted a daily entry (the submitter columns keep the display name, as imported entries do).
ALTER TABLE daily_entries ADD COLUMN submitted_by TEXT REFERENCES users (id);
