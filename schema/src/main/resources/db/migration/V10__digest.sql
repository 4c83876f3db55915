-- Email digests: subscriptions, topic alerts, digest runs and the outbox. Portable: runs unchanged on SQLite and PostgreSQL.
-- Instants are ISO-8601 text with a Z, dates YYYY-MM-DD; both compare correctly as text.
CREATE TABLE digest_subscriptions (
  id                   TEXT PRIMARY KEY,        -- random, URL-safe; signed into unsubscribe and confirmation links
  email                TEXT NOT NULL,           -- as typed
  email_key            TEXT NOT NULL UNIQUE,    -- lower-cased address: one subscription per address
  user_id              TEXT,                    -- the account that owns it, once accounts exist; NULL for address-only
  status               TEXT NOT NULL,           -- pending | active | unsubscribed | bouncing
  frequency            TEXT NOT NULL,           -- daily | weekly
  top_n                INTEGER NOT NULL,        -- trending papers per digest; 0 = topic alerts only
  created_at           TEXT NOT NULL,
  confirmed_at         TEXT,
  unsubscribed_at      TEXT,
  confirmation_sent_at TEXT,                    -- last confirmation (or notice) mail: rate limit per address
  bounces              INTEGER NOT NULL DEFAULT 0, -- permanent failures (5xx) in a row
  last_error           TEXT
);
CREATE INDEX digest_subscriptions_status ON digest_subscriptions (status, frequency);
CREATE INDEX digest_subscriptions_user ON digest_subscriptions (user_id);

-- Saved searches of a subscription: new matching papers are mailed with each of its digests.
CREATE TABLE digest_topics (
  id              TEXT PRIMARY KEY,
  subscription_id TEXT NOT NULL REFERENCES digest_subscriptions (id),
  query           TEXT NOT NULL,                -- e.g. dynamical mean field theory, "quoted phrase", cat:cond-mat.str-el
  created_at      TEXT NOT NULL,
  watermark       TEXT NOT NULL                 -- instant of the last alert batch (creation at first)
);
CREATE INDEX digest_topics_subscription ON digest_topics (subscription_id);

-- Papers already mailed for a topic, so a paper is alerted once.
CREATE TABLE digest_alerted (
  topic_id   TEXT NOT NULL,
  paper_id   TEXT NOT NULL,
  digest_key TEXT NOT NULL,
  PRIMARY KEY (topic_id, paper_id)
);

-- One row per digest: its papers, ranked, fixed by the first run so that a resumed run mails the same list.
CREATE TABLE digest_runs (
  digest_key  TEXT PRIMARY KEY,                 -- daily:2026-08-21 | weekly:2026-08-24 | alerts:2026-08-21
  kind        TEXT NOT NULL,                    -- daily | weekly | alerts
  period_from TEXT NOT NULL,                    -- first day, inclusive
  period_to   TEXT NOT NULL,                    -- last day, exclusive
  paper_ids   TEXT NOT NULL,                    -- ranked, space-separated; empty when there was nothing to send
  created_at  TEXT NOT NULL,
  last_run_at TEXT NOT NULL
);

-- Exactly one message per (subscription, digest): rows are inserted first, then sent and marked one by one.
CREATE TABLE digest_outbox (
  subscription_id TEXT NOT NULL REFERENCES digest_subscriptions (id),
  digest_key      TEXT NOT NULL,
  payload         TEXT,                         -- alert batches: JSON of topic query -> paper ids; NULL for digests
  status          TEXT NOT NULL,                -- pending | sending | sent | failed | skipped
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  claimed_at      TEXT,                         -- when the current attempt started (status sending)
  sent_at         TEXT,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  PRIMARY KEY (subscription_id, digest_key)
);
CREATE INDEX digest_outbox_due ON digest_outbox (status, next_attempt_at);
CREATE INDEX digest_outbox_key ON digest_outbox (digest_key, status);
