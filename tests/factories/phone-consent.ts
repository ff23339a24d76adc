/** Phone opt-ins, named by state; they go through the real consent services. */
import type { TRecordConsentInput } from "@/features/consents/schemas";

/** A consent given on the phone, written down by the caller: place, words, no recording. */
export function phoneConsentWithoutRecording(
  purposeKey: string,
  over: Partial<TRecordConsentInput> = {},
): TRecordConsentInput {
  const { evidence, ...rest } = over;
  return {
    purpose: purposeKey,
    method: "verbal_phone",
    capturedAt: new Date(Date.now() - 60_000),
    affirmativeAct: true,
    ...rest,
    evidence: {
      location: "Telefonisch, inkomend gesprek",
      statement: "Ja hoor, stuur die nieuwsbrief maar naar mijn mailadres.",
      noticeVersion: 1,
      ...evidence,
    },
  };
}
