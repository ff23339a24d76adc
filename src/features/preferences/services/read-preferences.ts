import type { Bilingual } from "@/domain/bilingual";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifyPreferenceToken } from "@/server/tokens/preference-token";
import { getEligibility, type PurposeEligibility } from "@/features/outreach";
import { getOpenTracking } from "@/features/settings";

export type PreferencePurpose = PurposeEligibility & {
  /** The latest counting consent record for this purpose is a grant (the switch is on). */
  consentOn: boolean;
  /** A purpose the person can switch on and off themselves: it is offered by e-mail and has a notice. */
  switchable: boolean;
  /** The current notice text, shown next to the switch (switching on is a new consent to it). */
  notice: Bilingual | null;
};

export type PreferencesView =
  | { ok: false; reason: TokenFailure | "unknown" }
  | {
      ok: true;
      contactId: string;
      purposes: PreferencePurpose[];
      objections: { direct_marketing: boolean; profiling: boolean };
      /** A pause of e-mail running now, with its end. */
      emailPause: { until: Date } | null;
      /** Open tracking, when the organisation switched it on: disclosed with its purpose's switch. */
      openTracking: { purposeKey: string; name: Bilingual; consentOn: boolean } | null;
    };

/**
 * What the person's preference page shows: per purpose and channel what the organisation may do now
 * and why, decided by the rules engine itself (the same answer staff see), the state of each
 * consent switch, the objections in force and a running pause of e-mail. A contact erased in the meantime reads as unknown.
 */
export async function readPreferences(
  db: Db,
  token: string,
  signer: TokenSigner = tokenSigner(),
): Promise<PreferencesView> {
  const v = verifyPreferenceToken(signer, token);
  if (!v.ok) return v;
  const contactId = v.token.claims.c;
  const now = new Date();
  // No look-up of the contact first: the engine's fact loader answers NOT_FOUND for an erased one,
  // and the page is on a mail's every click, so a round trip in a row is worth saving.
  const [eligibility, records, objections, purposes, pause, tracking] = await Promise.all([
    getEligibility(db, contactId).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
    // The purpose's key comes from the purposes read beside it, not from a join of Prisma's own
    // (a further statement on a page every mail's click opens).
    db.consentRecord.findMany({
      where: { contactId, correctedBy: { none: {} } },
      orderBy: { effectiveAt: "asc" },
      select: { purposeId: true, action: true, invalidates: true },
    }),
    db.objection.findMany({ where: { contactId, withdrawnAt: null }, select: { scope: true } }),
    // Every purpose, inactive ones too: a consent record or the open-tracking setting may name one.
    db.purpose.findMany({
      select: {
        id: true,
        key: true,
        nameNl: true,
        nameEn: true,
        channels: true,
        notices: { orderBy: { version: "desc" }, take: 1, select: { textNl: true, textEn: true } },
      },
    }),
    db.channelOptOut.findFirst({
      where: { contactId, channel: "email", at: { lte: now }, until: { gt: now }, endedAt: null },
      orderBy: { until: "desc" },
      select: { until: true },
    }),
    getOpenTracking(db),
  ]);
  if (!eligibility) return { ok: false, reason: "unknown" };
  const byId = new Map(purposes.map((p) => [p.id, p]));
  const latest = new Map<string, boolean>();
  for (const r of records) {
    const key = byId.get(r.purposeId)?.key;
    if (key) latest.set(key, r.action === "granted" && !r.invalidates);
  }
  const byKey = new Map(purposes.map((p) => [p.key, p]));
  return {
    ok: true,
    contactId,
    purposes: eligibility.map((p) => ({
      ...p,
      consentOn: latest.get(p.key) ?? false,
      switchable: p.directMarketing && (byKey.get(p.key)?.channels.includes("email") ?? false),
      notice: byKey.get(p.key)?.notices[0]
        ? { nl: byKey.get(p.key)!.notices[0].textNl, en: byKey.get(p.key)!.notices[0].textEn }
        : null,
    })),
    objections: {
      direct_marketing: objections.some((o) => o.scope === "direct_marketing"),
      profiling: objections.some((o) => o.scope === "profiling"),
    },
    emailPause: pause?.until ? { until: pause.until } : null,
    openTracking: openTrackingDisclosure(tracking, byId, latest),
  };
}

/**
 * What the page says about open tracking: nothing when it is off; when on, which purpose's consent
 * it relies on and whether this person gave it (ePrivacy art. 5 lid 3: clear information, and a
 * way to withdraw that is as easy as giving).
 */
function openTrackingDisclosure(
  tracking: Awaited<ReturnType<typeof getOpenTracking>>,
  purposes: Map<string, { key: string; nameNl: string; nameEn: string }>,
  latest: Map<string, boolean>,
): { purposeKey: string; name: Bilingual; consentOn: boolean } | null {
  if (!tracking.enabled || !tracking.purposeId) return null;
  const purpose = purposes.get(tracking.purposeId);
  if (!purpose) return null;
  return {
    purposeKey: purpose.key,
    name: { nl: purpose.nameNl, en: purpose.nameEn },
    consentOn: latest.get(purpose.key) ?? false,
  };
}
