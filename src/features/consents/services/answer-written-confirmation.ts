/**
 * The person's answer to a written confirmation, through the signed link in the mail (no login:
 * the link is the only authority). Opening the link changes nothing, because mail scanners follow
 * links; only the button on the page (a POST) confirms or says no. Confirming adds an evidence
 * event linked to the consent record, with time, IP address and user agent (AVG art. 7 lid 1), and
 * makes the evidence strong. Saying no withdraws the consent at once (art. 7 lid 3).
 */
import type { Db, Tx } from "@/server/db";
import type { AuditContext, RequestMeta } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifyConsentConfirmationToken } from "@/server/tokens/consent-confirmation-token";
import { useTokenOnce } from "@/server/tokens/use-token";
import { withdrawConsent } from "./withdraw-consent";

export type ConfirmationLink =
  | { ok: false; reason: TokenFailure | "gone" }
  | {
      ok: true;
      givenAt: Date;
      purpose: { nameNl: string; nameEn: string };
      channels: string[];
      statement: string | null;
      notice: { textNl: string; textEn: string } | null;
      confirmedAt: Date | null;
      declinedAt: Date | null;
    };

export type ConfirmationAnswer =
  | { ok: true; done: "confirmed" | "declined" | "already" }
  | { ok: false; reason: TokenFailure | "gone" | "declined_before" };

type Meta = RequestMeta & { userAgent?: string | null };

const subject = (contactId: string, request?: RequestMeta): AuditContext => ({
  actor: { type: "data_subject", id: contactId },
  request,
});

async function load(db: Db, token: string, signer: TokenSigner) {
  const v = verifyConsentConfirmationToken(signer, token);
  if (!v.ok) return { error: v.reason } as const;
  const record = await db.consentRecord.findUnique({
    where: { id: v.token.claims.r },
    include: {
      purpose: { select: { key: true, nameNl: true, nameEn: true } },
      notice: { select: { textNl: true, textEn: true } },
      evidenceEvents: { where: { kind: { in: ["confirmed", "declined"] } }, orderBy: { at: "asc" } },
    },
  });
  // Erased in the meantime (AVG art. 17): nothing is left to confirm, and the page reveals nothing.
  if (!record || record.contactId !== v.token.claims.c) return { error: "gone" } as const;
  const at = (kind: string) => record.evidenceEvents.find((e) => e.kind === kind)?.at ?? null;
  return { record, jti: v.token.jti, confirmedAt: at("confirmed"), declinedAt: at("declined") };
}

export async function readConfirmationLink(
  db: Db,
  token: string,
  signer: TokenSigner = tokenSigner(),
): Promise<ConfirmationLink> {
  const loaded = await load(db, token, signer);
  if ("error" in loaded) return { ok: false, reason: loaded.error! };
  const { record } = loaded;
  return {
    ok: true,
    givenAt: record.effectiveAt,
    purpose: record.purpose,
    channels: record.channels,
    statement: record.statement,
    notice: record.notice,
    confirmedAt: loaded.confirmedAt,
    declinedAt: loaded.declinedAt,
  };
}

export async function confirmByToken(
  db: Db,
  token: string,
  meta: Meta = {},
  signer: TokenSigner = tokenSigner(),
): Promise<ConfirmationAnswer> {
  const loaded = await load(db, token, signer);
  if ("error" in loaded) return { ok: false, reason: loaded.error! };
  const { record, jti } = loaded;
  if (loaded.declinedAt) return { ok: false, reason: "declined_before" };
  if (loaded.confirmedAt) return { ok: true, done: "already" };
  const ctx = subject(record.contactId, meta);
  return db.$transaction(async (tx) => {
    // A double click (or two tabs) confirms once: the token's use is spent with the event.
    if (!(await useTokenOnce(tx, `${jti}:confirm`))) return { ok: true, done: "already" } as const;
    await recordAnswer(tx, ctx, record, "confirmed", meta);
    return { ok: true, done: "confirmed" } as const;
  });
}

/** "Change your mind": withdraws the consent the mail was about, on the channels it covered. */
export async function declineByToken(
  db: Db,
  token: string,
  meta: Meta = {},
  signer: TokenSigner = tokenSigner(),
): Promise<ConfirmationAnswer> {
  const loaded = await load(db, token, signer);
  if ("error" in loaded) return { ok: false, reason: loaded.error! };
  const { record, jti } = loaded;
  if (loaded.declinedAt) return { ok: true, done: "already" };
  const ctx = subject(record.contactId, meta);
  // The withdrawal commits first (it owns its transaction, like every withdrawal): a crash before
  // the evidence event leaves the link usable again, never a "no" that was not honoured.
  const withdrawal = await withdrawConsent(db, ctx, record.contactId, {
    purpose: record.purpose.key,
    channels: record.channels,
    method: "unsubscribe_link",
    location: "written confirmation link",
  });
  await db.$transaction(async (tx) => {
    if (!(await useTokenOnce(tx, `${jti}:decline`))) return;
    await recordAnswer(tx, ctx, record, "declined", meta, { withdrawalId: withdrawal.id });
  });
  return { ok: true, done: "declined" };
}

/** The person's answer as an append-only evidence event on the consent (with where it came from), audited with it. */
async function recordAnswer(
  tx: Tx,
  ctx: AuditContext,
  record: { id: string; contactId: string },
  kind: "confirmed" | "declined",
  meta: Meta,
  extra: Record<string, string> = {},
) {
  const event = await tx.consentEvidenceEvent.create({
    data: { consentRecordId: record.id, kind, ip: meta.ip ?? null, userAgent: meta.userAgent?.slice(0, 1000) ?? null },
    select: { id: true },
  });
  await writeAuditEvent(tx, ctx, {
    action: `consent.${kind}_in_writing`,
    target: { type: "contact", id: record.contactId },
    metadata: { consentRecordId: record.id, evidenceEventId: event.id, ...extra },
  });
}
