import type { Bilingual } from "@/domain/bilingual";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifyPreferenceToken } from "@/server/tokens/preference-token";
import { getEligibilityWithRows, type ConsentRow, type OptOutRow, type PurposeEligibility } from "@/features/outreach";
import { correctedIds } from "@/features/consents";
import { currentNoticeTextsJsonSql } from "@/features/purposes";
import { openTrackingFromRow, openTrackingJsonSql, type OpenTrackingSetting } from "@/features/settings";

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
 *
 * The page is on a mail's every click, so it reads in ONE statement what the engine reads for its
 * decision, and shows the switches, objections and pause from those same rows; the notice texts
 * and the open-tracking setting are read in that statement too. Nothing is kept between visits:
 * the notice a person sees is the one in force now.
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
  // No look-up of the contact first: the engine's fact loader answers NOT_FOUND for an erased one.
  const read = await getEligibilityWithRows(db, contactId, {
    at: now,
    also: {
      noticeTexts: { sql: currentNoticeTextsJsonSql(), read: (value: unknown) => value as Record<string, Bilingual> },
      openTracking: {
        sql: openTrackingJsonSql(),
        read: (value: unknown) => openTrackingFromRow(value as Parameters<typeof openTrackingFromRow>[0]),
      },
    },
  }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!read) return { ok: false, reason: "unknown" };
  const { eligibility, rows, purposes } = read;
  const { noticeTexts, openTracking: tracking } = read.also;
  const latest = switchStates(rows.consents);
  const byKey = new Map(purposes.map((p) => [p.key, p]));
  const inForce = rows.objections.filter((o) => o.withdrawnAt === null);
  return {
    ok: true,
    contactId,
    purposes: eligibility.map((p) => {
      // Every purpose decided on is among the purposes read with it.
      const purpose = byKey.get(p.key)!;
      return {
        ...p,
        consentOn: latest.get(p.key) ?? false,
        switchable: p.directMarketing && purpose.channels.includes("email"),
        notice: noticeTexts[purpose.id] ?? null,
      };
    }),
    objections: {
      direct_marketing: inForce.some((o) => o.scope === "direct_marketing"),
      profiling: inForce.some((o) => o.scope === "profiling"),
    },
    emailPause: emailPause(rows.optOuts, now),
    // By id among every purpose, archived ones too: the setting may name one.
    openTracking: openTrackingDisclosure(tracking, new Map(purposes.map((p) => [p.id, p])), latest),
  };
}

/**
 * Per purpose key, whether its switch is on: the latest record (by effective time as recorded) that
 * no correction replaced is a grant that does not invalidate.
 */
function switchStates(consents: ConsentRow[]): Map<string, boolean> {
  const corrected = correctedIds(consents);
  const counting = consents
    .filter((r) => !corrected.has(r.id))
    .sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime());
  const latest = new Map<string, boolean>();
  for (const r of counting) latest.set(r.purposeKey, r.action === "granted" && !r.invalidates);
  return latest;
}

/** A pause of e-mail running now (begun, not yet at its end, not ended early), the one that ends last. */
function emailPause(optOuts: OptOutRow[], now: Date): { until: Date } | null {
  let until: Date | null = null;
  for (const o of optOuts)
    if (o.channel === "email" && o.endedAt === null && o.at <= now && o.until !== null && o.until > now)
      if (!until || o.until > until) until = o.until;
  return until ? { until } : null;
}

/**
 * What the page says about open tracking: nothing when it is off; when on, which purpose's consent
 * it relies on and whether this person gave it (ePrivacy art. 5 lid 3: clear information, and a
 * way to withdraw that is as easy as giving).
 */
function openTrackingDisclosure(
  tracking: OpenTrackingSetting,
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
