import { z } from "zod";
import { defineOperation } from "@/server/http/api/operation";
import { ZIdParams } from "@/server/http/api/params";
import { ZApiImport, ZApiImportCreated, ZApiImportQuery } from "./schemas";

export const createImportOp = defineOperation({
  id: "createImport",
  method: "POST",
  path: "/imports",
  scope: "contacts:write",
  tag: "Imports",
  summary: "Import a CSV file of contacts in the background",
  description:
    "The body is the file (`Content-Type: text/csv`; UTF-8, UTF-8 with BOM or Windows-1252; comma, semicolon or tab; header row). " +
    "Recognised columns include firstName, lastName, email, phone, company, legalForm, jobTitle, kvkNumber, street, postalCode, city, country, " +
    "consentPurpose, consentMethod, consentCapturedAt, consentLocation, consentStatement, consentNoticeVersion, publishedForPurpose (and Dutch headers such as voornaam, telefoon, bedrijf). " +
    "With `source=public_source` every row needs publishedForPurpose, the key of the purpose the data was published for. " +
    "Rows go through the same rules as contacts created one by one: erased people are not brought back, duplicates merge, consent columns of a purchased list are ignored. " +
    "A matched contact keeps its own values unless `onConflict=replace`. `dryRun` defaults to false. Poll the returned id for progress.",
  query: ZApiImportQuery,
  rawBody: { contentType: "text/csv", description: "The CSV file, at most 300 MB." },
  success: { status: 202, schema: ZApiImportCreated, description: "Accepted and queued." },
  problems: ["INVALID_INPUT", "FORBIDDEN"],
  example: { response: { id: "0193a5b2-7c1e-7d3f-9a61-2f0c1e4b5a6d", status: "queued" } },
});

export const getImportOp = defineOperation({
  id: "getImport",
  method: "GET",
  path: "/imports/{id}",
  scope: "contacts:write",
  tag: "Imports",
  summary: "Progress and result of an import",
  params: ZIdParams,
  success: { status: 200, schema: ZApiImport, description: "The import with its counts and first refusals." },
  problems: ["FORBIDDEN", "NOT_FOUND"],
});

export const importErrorsOp = defineOperation({
  id: "getImportErrors",
  method: "GET",
  path: "/imports/{id}/errors",
  scope: "contacts:write",
  tag: "Imports",
  summary: "Every refused, suppressed or warned row of an import, as CSV",
  params: ZIdParams,
  success: {
    status: 200,
    schema: z.string(),
    description: "CSV: line, outcome, field, code, message.",
    alternateContentTypes: ["text/csv"],
  },
  problems: ["FORBIDDEN", "NOT_FOUND"],
});
