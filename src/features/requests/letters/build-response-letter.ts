import type { RequestType } from "@/domain/vocabulary";
import { enumLabel, formatDate } from "../report/format";
import type { Translate } from "../report/report-types";

export interface LetterFacts {
  type: RequestType;
  language: "nl" | "en";
  outcome: "answered" | "rejected";
  requesterName: string | null;
  receivedAt: Date;
  executedAt: Date | null;
  /** No contact linked: the person is unknown to us (art. 15 lid 1 still requires saying so). */
  noDataHeld: boolean;
  extensionMonths: number;
  extensionReason: string | null;
  /** Processors told of an erasure (art. 19). */
  processors: string[];
  objectionScopes?: string[];
  controller: { name: string; email: string };
  signer: string;
}

/**
 * The reply to a data-subject request, prefilled from the request's facts for the privacy officer
 * to edit before sending. Each paragraph names what was done and the article it rests on, and
 * every letter ends with the right to complain to the Autoriteit Persoonsgegevens (art. 12 lid 4,
 * art. 77). Pure: returns plain text.
 */
export function buildResponseLetter(f: LetterFacts, t: Translate): string {
  const date = (d: Date) => formatDate(d, f.language);
  const controller = f.controller.name || t("report.theController");
  const typeLabel = enumLabel(t, "requestType", f.type).toLowerCase();
  const paragraphs: string[] = [
    f.requesterName ? t("letters.greeting", { name: f.requesterName }) : t("letters.greetingAnonymous"),
    t("letters.opening", { type: typeLabel, receivedAt: date(f.receivedAt) }),
  ];
  if (f.extensionMonths > 0 && f.extensionReason) {
    paragraphs.push(t("letters.extension", { months: f.extensionMonths, reason: f.extensionReason }));
  }
  paragraphs.push(body(f, t));
  if (f.type === "erasure" && f.outcome === "answered" && f.processors.length > 0) {
    paragraphs.push(t("letters.processorsNotified", { processors: f.processors.join(", ") }));
  }
  paragraphs.push(t("letters.questions", { email: f.controller.email || controller }));
  paragraphs.push(t("letters.complaint"));
  paragraphs.push(t("letters.signoff", { signer: f.signer, controller }));
  return paragraphs.join("\n\n");
}

function body(f: LetterFacts, t: Translate): string {
  if (f.outcome === "rejected") return t("letters.body.rejected");
  const executedAt = formatDate(f.executedAt ?? new Date(), f.language);
  if (f.noDataHeld) return t("letters.body.noData");
  switch (f.type) {
    case "access":
      return t("letters.body.access");
    case "portability":
      return t("letters.body.portability");
    case "erasure":
      return t("letters.body.erasure", { executedAt });
    case "rectification":
      return t("letters.body.rectification", { executedAt });
    case "restriction":
      return t("letters.body.restriction", { executedAt });
    case "objection": {
      const scopes = (f.objectionScopes ?? ["direct_marketing"])
        .map((s) => enumLabel(t, "objectionScope", s).toLowerCase())
        .join(", ");
      return t("letters.body.objection", { executedAt, scopes });
    }
  }
}
