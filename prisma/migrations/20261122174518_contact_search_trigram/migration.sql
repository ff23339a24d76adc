-- Infix contact search (a last name or a company word) must stay fast on a million rows: a trigram
-- index serves LIKE '% word%'. pg_trgm ships with PostgreSQL (a trusted extension: the database owner
-- may create it, also on managed services) and with PGlite (loaded in src/server/db/connect.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "Contact_searchName_trgm_idx" ON "Contact" USING GIN ("searchName" gin_trgm_ops);
