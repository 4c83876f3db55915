-- SolrCloud sync (search.engine=solr): how far the collection has taken the database, kept here so that any
-- Quire node continues where another stopped. One row per collection; advanced only after Solr acknowledged.
-- Portable: runs unchanged on SQLite and PostgreSQL.
CREATE TABLE search_sync (
  target       TEXT PRIMARY KEY,
  papers_at    TEXT,
  papers_id    TEXT NOT NULL DEFAULT '',
  vectors_at   TEXT,
  vectors_id   TEXT NOT NULL DEFAULT '',
  reindexing   INTEGER NOT NULL DEFAULT 0,
  updated_at   TEXT NOT NULL
);
