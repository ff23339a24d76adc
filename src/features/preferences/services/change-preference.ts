import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifyPreferenceToken } from "@/server/tokens/preference-token";
import { parseInput } from "@/server/validation/parse-input";
import { addMonths } from "@/domain/calendar";
import { withdrawConsent } from "@/features/consents";
import { recordConsent } from "@/features/consents";
import { recordObjection } from "@/features/consents";
import { pauseChannel, resumeChannel } from "@/features/consents";
import { ZPreferenceChange, type TPreferenceChange } from "../schemas";

export type PreferenceOutcome = { ok: true; id: string } | { ok: false; reason: TokenFailure };

/**
 * One change the person makes on their preference page, through the same services staff use, so
 * each is an append-only record with its audit entry and fires the same webhooks, and takes effect
 * at once:
 *  - switching a purpose off is a withdrawal (AVG art. 7 lid 3), method preference_centre;
 *  - switching it on is a new consent (method preference_centre, with IP, user agent and time, and
 *    the notice version the page showed: the current one), checked by the ordinary consent rules;
 *  - objecting to direct marketing or profiling is an objection (AVG art. 21 lid 2-3);
 *  - pausing e-mail for some months is an objection for a period (art. 21 lid 2-3), ended by itself
 *    or by "send me e-mail again".
 */
export async function changePreference(
  db: Db,
  token: string,
  raw: TPreferenceChange,
  meta: { ip: string; userAgent: string; requestId?: string },
  opts: { now?: Date; signer?: TokenSigner } = {},
): Promise<PreferenceOutcome> {
  const v = verifyPreferenceToken(opts.signer ?? tokenSigner(), token, opts.now);
  if (!v.ok) return v;
  const change = parseInput(ZPreferenceChange, raw);
  const contactId = v.token.claims.c;
  const ctx: AuditContext = {
    actor: { type: "data_subject", id: contactId },
    request: { requestId: meta.requestId, ip: meta.ip },
  };
  const now = opts.now ?? new Date();
  if (change.kind === "withdraw") {
    const r = await withdrawConsent(
      db,
      ctx,
      contactId,
      {
        purpose: change.purpose,
        method: "preference_centre",
        location: "preference centre",
        at: now,
        ip: meta.ip,
        userAgent: meta.userAgent,
      },
      { now },
    );
    return { ok: true, id: r.id };
  }
  if (change.kind === "grant") {
    const purpose = await db.purpose.findUnique({ where: { key: change.purpose }, select: { currentVersion: true } });
    const r = await recordConsent(
      db,
      ctx,
      contactId,
      {
        purpose: change.purpose,
        channels: ["email"],
        method: "preference_centre",
        capturedAt: now,
        affirmativeAct: true,
        preTicked: false,
        evidence: {
          location: "preference centre",
          statement: "Switched this purpose on, on the preference page reached through a signed link.",
          noticeVersion: purpose?.currentVersion ?? null,
          ip: meta.ip,
          userAgent: meta.userAgent,
        },
      },
      { now },
    );
    return { ok: true, id: r.id };
  }
  if (change.kind === "pause") {
    const pause = await pauseChannel(
      db,
      ctx,
      contactId,
      { channel: "email", until: addMonths(now, change.months), via: "preference_centre" },
      { now, web: { ip: meta.ip, userAgent: meta.userAgent } },
    );
    return { ok: true, id: pause.id };
  }
  if (change.kind === "resume") {
    await resumeChannel(db, ctx, contactId, { channel: "email" }, { now });
    return { ok: true, id: contactId };
  }
  const o = await recordObjection(
    db,
    ctx,
    contactId,
    { scope: change.scope, receivedVia: "preference_centre", receivedAt: now },
    { now, web: { ip: meta.ip, userAgent: meta.userAgent } },
  );
  return { ok: true, id: o.id };
}
