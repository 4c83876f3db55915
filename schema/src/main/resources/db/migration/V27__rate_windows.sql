-- Rate limits shared by several nodes on one database (PostgreSQL): one row per limit and key
-- holding the current fixed window's count. A single-node SQLite site counts in memory instead.
CREATE TABLE rate_windows (
    bucket       TEXT    NOT NULL PRIMARY KEY,  -- limit name, a space, the key (address, user...)
    window_start BIGINT  NOT NULL,              -- epoch millis where the counted window starts
    used         INTEGER NOT NULL               -- events counted in it (capped at limit + 1)
);
CREATE INDEX rate_windows_start ON rate_windows (window_start);
