-- CreateTable
CREATE TABLE "SuppressionListVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" UUID NOT NULL,

    CONSTRAINT "SuppressionListVersion_pkey" PRIMARY KEY ("id")
);

-- The one row, and the trigger that gives it a new token in the same transaction as every change
-- to the list. Writers of the list queue on this row's lock, so each committed state of the list
-- has its own token, and a snapshot that reads a token sees exactly the entries it stands for.
INSERT INTO "SuppressionListVersion" ("id", "version") VALUES (1, gen_random_uuid());

CREATE FUNCTION grondslag_suppression_list_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SuppressionListVersion" SET "version" = gen_random_uuid() WHERE "id" = 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "SuppressionEntry_list_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SuppressionEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION grondslag_suppression_list_changed();
