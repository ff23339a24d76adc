-- Tag names are unique regardless of case ("Beurs" and "beurs" side by side would confuse). The tag
-- services check it first, but two requests at once can both pass that check; this index makes the
-- database refuse the second. Prisma's schema cannot express an index on an expression, so it is
-- written here by hand and the schema engine leaves it alone when it compares the two.
--
-- Tags that already differ only in case (made by such a race) keep their contacts: the younger
-- ones get a short suffix from their id, so that an administrator can see and merge them.
UPDATE "Tag" AS t
SET "name" = t."name" || ' (' || left(t."id"::text, 8) || ')'
FROM (
  SELECT "id", row_number() OVER (PARTITION BY lower("name") ORDER BY "createdAt", "id") AS n
  FROM "Tag"
) AS ranked
WHERE ranked."id" = t."id" AND ranked.n > 1;

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_lower_key" ON "Tag" (lower("name"));
