-- API token scopes (security issue, item 4): 'read' (GET under /api only), 'write' (votes, comments, submissions),
-- 'admin' (admin API routes; only an admin can make one, never by default). Tokens made before scopes existed could
-- write, so they keep 'write'.
ALTER TABLE api_tokens ADD COLUMN scope TEXT NOT NULL DEFAULT 'write';
