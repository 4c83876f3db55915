-- The day a paper was announced (first version date, or the day it was first seen in a listing), YYYY-MM-DD;
-- NULL when only the month is known (a listing record without versions whose date does not fit its id's month).
-- Daily, weekly and monthly pages of an arXiv-fed hub list papers by this day, so it is indexed; the index also
-- covers the id and the vote counts, so that counting a month (6,000 papers) and ranking it by upvotes never reads
-- the wide rows (measured in docs/benchmarks.md, "Daily lists of an arXiv-fed hub").
-- Portable: runs unchanged on SQLite and PostgreSQL.
ALTER TABLE papers ADD COLUMN announced_on TEXT;
UPDATE papers SET announced_on = substr(published_at, 1, 10) WHERE published_at IS NOT NULL;
CREATE INDEX papers_announced ON papers (announced_on, id, upvotes, local_upvotes);
