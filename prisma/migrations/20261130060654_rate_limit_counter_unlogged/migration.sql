-- Rate-limit counters are throw-away: losing them in a crash only resets a minute's budget. An
-- UNLOGGED table writes no WAL, so a request's counter update commits without waiting for the
-- disk flush, and the per-key row lock is held for one statement. (PostgreSQL truncates an
-- unlogged table after a crash and does not copy it to replicas: both are fine for counters.)
ALTER TABLE "RateLimitCounter" SET UNLOGGED;
