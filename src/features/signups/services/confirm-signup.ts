import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifySignupConfirmToken } from "@/server/tokens/signup-token";
import { useTokenOnce } from "@/server/tokens/use-token";
import { suggestEmailKind } from "@/domain/contact-points";
import type { ZRecordConsentInput } from "@/features/consents";
import { insertConsent, planConsents } from "@/features/consents";
import { insertContact } from "@/features/contacts";
import { checkContactDraft } from "@/features/contacts";
import { lockContact } from "@/server/db/lock-contact";
import type { z } from "zod";
import type { PendingPurpose } from "../schemas";

export type SignupLinkState = { ok: false; reason: TokenFailure | "used" } | { ok: true; signupId: string };
type LinkFailure = { ok: false; reason: TokenFailure | "used"; language?: string };

/** What the confirmation page shows (a GET never changes anything: mail scanners follow links). */
export async function readSignupLink(
  db: Db,
  token: string,
  signer: TokenSigner = tokenSigner(),
): Promise<LinkFailure | { ok: true; signupId: string; language: string }> {
  const v = verifySignupConfirmToken(signer, token);
  if (!v.ok) return v;
  const row = await db.pendingSignup.findUnique({
    where: { id: v.token.claims.s },
    select: { status: true, language: true },
  });
  // Purged (never confirmed in time) reads as expired; confirmed already reads as used.
  if (!row) return { ok: false, reason: "expired" };
  if (row.status !== "pending") return { ok: false, reason: "used", language: row.language };
  return { ok: true, signupId: v.token.claims.s, language: row.language };
}

export type ConfirmOutcome = { ok: true; contactId: string; consentIds: string[] } | (SignupLinkState & { ok: false });

/**
 * The confirmation click of a double opt-in. Records one consent per ticked purpose with method
 * double_opt_in (AVG art. 7 lid 1: demonstrable), keeping the submission's time, IP and user agent
 * and the confirmation's apart, and the form and notice versions shown. The contact is found by the
 * normalised address or created (provenance: web form). An address on the suppression list may come
 * back this way: the confirmation is the fresh basis, and the contact's audit entry says so.
 * The link is spent in the same transaction, and the sign-up can be confirmed only once.
 */
export async function confirmSignup(
  db: Db,
  token: string,
  meta: { ip: string; userAgent: string; requestId?: string },
  opts: { now?: Date; signer?: TokenSigner } = {},
): Promise<ConfirmOutcome> {
  const v = verifySignupConfirmToken(opts.signer ?? tokenSigner(), token, opts.now);
  if (!v.ok) return v;
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const claimed = await tx.pendingSignup.updateMany({
      where: { id: v.token.claims.s, status: "pending" },
      data: { status: "confirmed", confirmedAt: now },
    });
    if (claimed.count !== 1 || !(await useTokenOnce(tx, v.token.jti))) {
      const exists = await tx.pendingSignup.findUnique({ where: { id: v.token.claims.s }, select: { id: true } });
      return { ok: false as const, reason: exists ? ("used" as const) : ("expired" as const) };
    }
    const signup = await tx.pendingSignup.findUniqueOrThrow({
      where: { id: v.token.claims.s },
      include: { form: { select: { slug: true } } },
    });
    const ctx: AuditContext = {
      actor: { type: "data_subject" },
      request: { requestId: meta.requestId, ip: meta.ip },
    };
    const consents = consentInputs(signup, meta, now);
    const existing = await tx.emailAddress.findFirst({
      where: { normalised: signup.normalisedEmail },
      orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      select: { contactId: true },
    });
    const result = existing
      ? await addToContact(
          tx,
          { ...ctx, actor: { type: "data_subject", id: existing.contactId } },
          existing.contactId,
          consents,
          now,
        )
      : await createFromSignup(tx, ctx, signup, consents, now);
    await tx.pendingSignup.update({ where: { id: signup.id }, data: { contactId: result.contactId } });
    await writeAuditEvent(
      tx,
      { ...ctx, actor: { type: "data_subject", id: result.contactId } },
      {
        action: "signup.confirmed",
        target: { type: "contact", id: result.contactId },
        metadata: {
          signupId: signup.id,
          formId: signup.formId,
          formVersion: signup.formVersion,
          consentRecordIds: result.consentIds,
          newContact: !existing,
          wasSuppressed: signup.wasSuppressed,
        },
      },
    );
    return { ok: true as const, ...result };
  });
}

type Signup = Awaited<ReturnType<Tx["pendingSignup"]["findUniqueOrThrow"]>> & { form: { slug: string } | null };
type ConsentInput = z.output<typeof ZRecordConsentInput>;

/**
 * One consent per ticked purpose for its other channels, and for calls a consent of its own: the
 * person ticked a separate box to be called, and recording phone on its own is what lets the
 * outreach rules count it (a web consent that lists phone with other channels does not count for
 * calls: the explanatory memorandum to the 2021 amendment of Tw art. 11.7).
 */
function consentInputs(signup: Signup, meta: { ip: string; userAgent: string }, now: Date): ConsentInput[] {
  const where = signup.form ? `/f/${signup.form.slug}` : "API sign-up";
  return (signup.purposes as PendingPurpose[]).flatMap((p) => {
    const others = p.channels.filter((c) => c !== "phone");
    const parts: { channels: PendingPurpose["channels"]; statement: string }[] = [];
    if (others.length > 0)
      parts.push({
        channels: others,
        statement: `Ticked the unticked box for this purpose on ${where} and confirmed with the link mailed to the address.`,
      });
    if (p.channels.includes("phone"))
      parts.push({
        channels: ["phone"],
        statement: `Ticked the separate unticked box to be called about this purpose on ${where} and confirmed with the link mailed to the address.`,
      });
    return parts.map((part) => consentInput(signup, meta, now, where, p, part));
  });
}

function consentInput(
  signup: Signup,
  meta: { ip: string; userAgent: string },
  now: Date,
  where: string,
  p: PendingPurpose,
  part: { channels: PendingPurpose["channels"]; statement: string },
): ConsentInput {
  return {
    purpose: p.key,
    channels: part.channels,
    method: "double_opt_in",
    capturedAt: now,
    affirmativeAct: true,
    preTicked: false,
    evidence: {
      location: where,
      statement: part.statement,
      grantor: null,
      noticeVersion: p.noticeVersion,
      ip: signup.submissionIp,
      userAgent: signup.submissionUserAgent,
      formVersion: signup.formId ? `${signup.formId}@${signup.formVersion}` : null,
      submittedAt: signup.submittedAt,
      confirmationIp: meta.ip,
      confirmationUserAgent: meta.userAgent,
    },
  };
}

async function addToContact(tx: Tx, ctx: AuditContext, contactId: string, consents: ConsentInput[], now: Date) {
  const contact = await lockContact(tx, contactId);
  const plans = await planConsents(tx, contact.sourceType, consents, now);
  const ids = [];
  for (const plan of plans) ids.push((await insertConsent(tx, ctx, contactId, plan)).id);
  return { contactId, consentIds: ids };
}

async function createFromSignup(tx: Tx, ctx: AuditContext, signup: Signup, consents: ConsentInput[], now: Date) {
  const input = {
    // The form may not ask for a name; an empty name is better than an invented one.
    firstName: signup.firstName ?? "",
    lastName: signup.lastName ?? "",
    jobTitle: signup.jobTitle,
    notes: null,
    companyId: null,
    // The person typed a company name, nothing more: its legal form is not known.
    company: signup.company ? { name: signup.company, legalForm: "other" as const, kvkNumber: null } : null,
    emails: [{ address: signup.email, kind: suggestEmailKind(signup.email) ?? "personal", designation: null }],
    phones: signup.phone ? [{ number: signup.phone, kind: "direct" as const }] : [],
    postalAddress: null,
    source: {
      type: "web_form" as const,
      detail: signup.form ? `/f/${signup.form.slug}` : "API sign-up",
      publishedForPurpose: null,
      collectedAt: signup.submittedAt,
    },
    consents,
  };
  const draft = checkContactDraft(input, now);
  const created = await insertContact(tx, ctx, input as never, draft, now);
  return { contactId: created.id, consentIds: created.consentIds };
}
