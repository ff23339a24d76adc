-- CreateTable
CREATE TABLE "StoredDecision" (
    "contactId" UUID NOT NULL,
    "basis" TEXT NOT NULL,
    "cells" SMALLINT[],
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3),

    CONSTRAINT "StoredDecision_pkey" PRIMARY KEY ("contactId")
);

-- CreateTable
CREATE TABLE "DecisionStoreCheck" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,
    "sampled" INTEGER NOT NULL,
    "differences" INTEGER NOT NULL,
    "examples" JSONB NOT NULL,

    CONSTRAINT "DecisionStoreCheck_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "StoredDecision" ADD CONSTRAINT "StoredDecision_contactId_fkey" FOREIGN KEY ("contactId") REFERENCES "Contact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The decision store is only ever a copy of the engine's answers for the facts as they are. Any
-- change to a contact's facts deletes the contact's stored answers in the same transaction, here
-- in the database so that no code path (a service, an import, a console session) can forget it.
--
-- A decision run holds the contacts it is deciding FOR UPDATE while it reads their facts and
-- writes their answers. Taking FOR KEY SHARE first makes a change wait for such a run to commit,
-- so the DELETE that follows (a new snapshot: READ COMMITTED) also removes answers that run made
-- from the facts before this change. The other way round, a run skips contacts that a change
-- holds (SKIP LOCKED) and decides them later.
CREATE FUNCTION grondslag_forget_decisions(ids uuid[], lock_contacts boolean DEFAULT true) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  IF lock_contacts THEN
    PERFORM 1 FROM "Contact" c JOIN (SELECT DISTINCT unnest(ids) AS id) k ON c.id = k.id ORDER BY c.id FOR KEY SHARE OF c;
  END IF;
  DELETE FROM "StoredDecision" s USING (SELECT DISTINCT unnest(ids) AS id) k WHERE s."contactId" = k.id;
END $$;

-- Statement-level triggers with transition tables: an import that writes 2,000 rows in one
-- statement costs one call, not 2,000. (A trigger with transition tables serves one event, hence
-- three per table.)
-- An insert into a table with a foreign key to "Contact" has already taken FOR KEY SHARE on each
-- contact (PostgreSQL's foreign-key check runs before statement-level triggers), which is the lock
-- the ordering needs; taking it again would cost an import a visit to every row for nothing.
CREATE FUNCTION grondslag_facts_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(SELECT DISTINCT "contactId" FROM new_rows), false);
  RETURN NULL;
END $$;
CREATE FUNCTION grondslag_facts_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(
    SELECT "contactId" FROM new_rows UNION SELECT "contactId" FROM old_rows));
  RETURN NULL;
END $$;
CREATE FUNCTION grondslag_facts_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(SELECT DISTINCT "contactId" FROM old_rows));
  RETURN NULL;
END $$;

-- Evidence of a consent (a kept file, the person's confirmation) changes its strength, which a
-- decision reads; those rows name the consent record, not the contact.
CREATE FUNCTION grondslag_evidence_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(
    SELECT DISTINCT r."contactId" FROM new_rows n JOIN "ConsentRecord" r ON r.id = n."consentRecordId"));
  RETURN NULL;
END $$;
CREATE FUNCTION grondslag_evidence_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(
    SELECT DISTINCT r."contactId" FROM old_rows o JOIN "ConsentRecord" r ON r.id = o."consentRecordId"));
  RETURN NULL;
END $$;
CREATE FUNCTION grondslag_evidence_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(
    SELECT r."contactId" FROM new_rows n JOIN "ConsentRecord" r ON r.id = n."consentRecordId"
    UNION SELECT r."contactId" FROM old_rows o JOIN "ConsentRecord" r ON r.id = o."consentRecordId"));
  RETURN NULL;
END $$;

-- The contact's own facts: where the data came from, when, for which published purpose, and the
-- company (whose legal form says whether the person is a natural person).
CREATE FUNCTION grondslag_contact_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n."sourceType" IS DISTINCT FROM o."sourceType"
       OR n."publishedForPurpose" IS DISTINCT FROM o."publishedForPurpose"
       OR n."collectedAt" IS DISTINCT FROM o."collectedAt"
       OR n."companyId" IS DISTINCT FROM o."companyId"));
  RETURN NULL;
END $$;
CREATE TRIGGER "Contact_facts_updated" AFTER UPDATE ON "Contact"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grondslag_contact_updated();

CREATE FUNCTION grondslag_company_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM grondslag_forget_decisions(ARRAY(
    SELECT c.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Contact" c ON c."companyId" = n.id
    WHERE n."legalForm" IS DISTINCT FROM o."legalForm"));
  RETURN NULL;
END $$;
CREATE TRIGGER "Company_facts_updated" AFTER UPDATE ON "Company"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION grondslag_company_updated();

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['EmailAddress', 'PhoneNumber', 'PostalAddress', 'ConsentRecord', 'LegalBasisRecord',
    'CustomerRelationship', 'Objection', 'Restriction', 'ChannelOptOut', 'ContactNotice', 'CallLog'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION grondslag_facts_inserted()', t || '_facts_inserted', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION grondslag_facts_updated()', t || '_facts_updated', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION grondslag_facts_deleted()', t || '_facts_deleted', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['ConsentAttachment', 'ConsentEvidenceEvent'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION grondslag_evidence_inserted()', t || '_facts_inserted', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION grondslag_evidence_updated()', t || '_facts_updated', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION grondslag_evidence_deleted()', t || '_facts_deleted', t);
  END LOOP;
END $$;

-- The self-check's row exists from the start, so that it is only ever updated.
INSERT INTO "DecisionStoreCheck" (id, "checkedAt", sampled, differences, examples) VALUES (1, to_timestamp(0), 0, 0, '[]');
