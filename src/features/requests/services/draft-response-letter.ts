import type { Db } from "@/server/db";
import { buildResponseLetter } from "../letters/build-response-letter";
import { requestTranslator } from "../report/request-translator";
import { notFound } from "./request-guards";

/** The response letter prefilled from the request's facts, for the officer to edit and send. */
export async function draftResponseLetter(
  db: Db,
  input: { requestId: string; language: "nl" | "en"; outcome: "answered" | "rejected"; signer: string },
): Promise<string> {
  const request = await db.dataSubjectRequest.findUnique({
    where: { id: input.requestId },
    include: { _count: { select: { contacts: true } } },
  });
  if (!request) throw notFound();
  const settings = await db.organisationSettings.findUnique({
    where: { id: 1 },
    select: { organisationName: true, controllerEmail: true },
  });
  const summary = (request.executionSummary ?? {}) as {
    contacts?: number;
    noDataHeld?: boolean;
    processorsToNotify?: { name: string }[];
    scopes?: string[];
  };
  return buildResponseLetter(
    {
      type: request.type,
      language: input.language,
      outcome: input.outcome,
      requesterName: request.requesterName,
      receivedAt: request.receivedAt,
      executedAt: request.executedAt,
      noDataHeld: summary.noDataHeld ?? request._count.contacts === 0,
      extensionMonths: request.extensionMonths,
      extensionReason: request.extensionReason,
      processors: (summary.processorsToNotify ?? []).map((p) => p.name),
      objectionScopes: summary.scopes,
      controller: { name: settings?.organisationName ?? "", email: settings?.controllerEmail ?? "" },
      signer: input.signer,
    },
    requestTranslator(input.language),
  );
}
