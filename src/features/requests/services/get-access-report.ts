import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { buildAccessReport } from "../report/build-access-report";
import { requestTranslator } from "../report/request-translator";
import type { AccessReportModel } from "../report/report-types";
import { collectPersonalData, type PersonalData } from "./collect-personal-data";
import { getProcessingFacts } from "./get-processing-facts";
import { assertMayDisclose, notFound } from "./request-guards";

/**
 * The access report (AVG art. 15) for a verified request, in the requester's language. Every view
 * or download is a disclosure of personal data and is audited as such (who, which request, which
 * form) — the audit entry holds references only.
 */
export async function getAccessReport(
  db: Db,
  ctx: AuditContext,
  input: { requestId: string; language: "nl" | "en"; form: "html" | "pdf" },
  now = new Date(),
): Promise<AccessReportModel> {
  const request = await db.dataSubjectRequest.findUnique({
    where: { id: input.requestId },
    include: { contacts: { select: { contactId: true } } },
  });
  if (!request) throw notFound();
  if (request.type !== "access" && request.type !== "portability") {
    throw new AppError("CONFLICT", "Only access and portability requests have a report.", {
      key: "requests.errors.wrongType",
    });
  }
  assertMayDisclose(request);
  const people: PersonalData[] = [];
  for (const { contactId } of request.contacts) {
    const data = await collectPersonalData(db, contactId);
    if (data) people.push(data);
  }
  const facts = await getProcessingFacts(db, people);
  const model = buildAccessReport({
    request,
    people,
    facts,
    language: input.language,
    t: requestTranslator(input.language),
    generatedAt: now,
  });
  await db.$transaction((tx) =>
    writeAuditEvent(tx, ctx, {
      action: input.form === "pdf" ? "request.report_downloaded" : "request.report_viewed",
      target: { type: "data_subject_request", id: request.id },
      metadata: { language: input.language, contacts: people.length },
    }),
  );
  return model;
}
