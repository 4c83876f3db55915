-- Search: paper vectors, stored so that rebuilding the index never re-embeds.
-- Portable: runs unchanged on SQLite and PostgreSQL. The vector is little-endian float32, base64 text.
CREATE TABLE paper_vectors (
  paper_id   TEXT NOT NULL REFERENCES papers (id),
  model      TEXT NOT NULL,
  text_hash  TEXT NOT NULL,
  vector     TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (paper_id, model)
);

-- Incremental indexing walks papers changed since the last indexed modified_at.
CREATE INDEX papers_modified ON papers (modified_at, id);
