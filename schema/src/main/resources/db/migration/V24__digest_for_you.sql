-- The optional "For you" section of a signed-up reader's digest: 1 = on. Off by default.
ALTER TABLE digest_subscriptions ADD COLUMN for_you INTEGER NOT NULL DEFAULT 0;
