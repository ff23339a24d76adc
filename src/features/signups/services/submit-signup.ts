import { createHash } from "node:crypto";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { hitRateLimits } from "@/server/http/api/rate-limit";
import { defaultMailTransport, sendRequestedMail, type MailTransport } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signSignupConfirmToken } from "@/server/tokens/signup-token";
import { normaliseEmail, normalisePhone } from "@/domain/contact-points";
import { parseInput } from "@/server/validation/parse-input";
import { findSuppressed } from "@/features/contacts";
import { suppressionSaltOf } from "@/server/suppression-salt";
import {
  ZSignupSubmission,
  type PendingPurpose,
  type TSignupSubmission,
  type TSignupSubmissionParsed,
} from "../schemas";
import { SIGNUP_LIMITS } from "../signup-limits";
import { confirmationMail } from "../signup-mail";

export type SignupOptions = { now?: Date; transport?: MailTransport; via?: "hosted" | "api" };

/**
 * A sign-up writes a pending record and mails a confirmation link to the address given. It is not
 * consent (double opt-in): the outreach rules see nothing until the link is confirmed. A second
 * sign-up for an address that is still pending re-sends the link once, never again, and answers the
 * same either way, so the answer tells nobody whether the address signed up before.
 */
export async function submitSignup(db: Db, ctx: AuditContext, raw: TSignupSubmission, opts: SignupOptions = {}) {
  const input = parseInput(ZSignupSubmission, raw);
  const now = opts.now ?? new Date();
  const normalised = normaliseEmail(input.email);
  if (!normalised) {
    const message = "This is not a valid e-mail address.";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "email", message, key: "validation.email" }],
    });
  }
  if (input.purposes.length === 0 && input.callPurposes.length === 0) {
    const message = "Tick at least one purpose.";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "purposes", message, key: "signups.errors.purposesRequired" }],
    });
  }
  if (input.callPurposes.length > 0 && !input.phone) {
    const message = "Fill in the phone number you may be called on.";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "phone", message, key: "signups.errors.phoneRequired" }],
    });
  }
  if ((input.calls || input.callPurposes.length > 0) && input.phone && !normalisePhone(input.phone)) {
    const message = "This is not a valid phone number.";
    throw new AppError("INVALID_INPUT", message, {
      fields: [{ field: "phone", message, key: "signups.errors.phone" }],
    });
  }
  await enforceLimits(db, normalised, input, now);
  // The form, the purposes and the settings are only read, side by side and before the transaction:
  // a public form takes bursts of sign-ups, and each round trip in a row adds to every one's wait.
  const [settings, { form, purposes }] = await Promise.all([
    db.organisationSettings.findUnique({
      where: { id: 1 },
      // The suppression salt too, in this statement: the check in the transaction needs it, it never
      // changes, and reading it on its own would add a round trip to every sign-up.
      select: { signupPurgeDays: true, organisationName: true, suppressionSalt: true },
    }),
    resolvePurposes(db, input),
  ]);
  const days = settings?.signupPurgeDays ?? 7;
  const outcome = await db.$transaction(async (tx) => {
    const existing = await tx.pendingSignup.findFirst({
      where: { normalisedEmail: normalised, status: "pending", submittedAt: { gt: daysBefore(now, days) } },
      orderBy: { submittedAt: "desc" },
      select: { id: true, resentAt: true, language: true },
    });
    if (existing) {
      if (existing.resentAt) return { id: existing.id, mail: false, language: existing.language };
      await tx.pendingSignup.update({ where: { id: existing.id }, data: { resentAt: now } });
      await writeAuditEvent(tx, ctx, {
        action: "signup.resent",
        target: { type: "signup", id: existing.id },
        metadata: { formId: form?.id ?? null },
      });
      return { id: existing.id, mail: true, language: existing.language };
    }
    const wasSuppressed =
      (await findSuppressed(tx, [{ field: "email", value: input.email }], suppressionSaltOf(settings))).length > 0;
    const row = await tx.pendingSignup.create({
      data: {
        email: input.email,
        normalisedEmail: normalised,
        firstName: input.firstName,
        lastName: input.lastName,
        company: input.company,
        jobTitle: input.jobTitle,
        phone: purposes.some((p) => p.channels.includes("phone")) ? input.phone : null,
        purposes,
        language: input.language,
        formId: form?.id ?? null,
        formVersion: form?.currentVersion ?? null,
        via: opts.via ?? "api",
        submittedAt: now,
        submissionIp: input.ip,
        submissionUserAgent: input.userAgent,
        wasSuppressed,
      },
      select: { id: true, language: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "signup.submitted",
      target: { type: "signup", id: row.id },
      metadata: {
        formId: form?.id ?? null,
        formVersion: form?.currentVersion ?? null,
        purposes: purposes.map((p) => ({ key: p.key, noticeVersion: p.noticeVersion, channels: p.channels })),
        via: opts.via ?? "api",
        wasSuppressed,
      },
    });
    return { id: row.id, mail: true, language: row.language };
  });
  if (outcome.mail) {
    // After the commit: a slow mail server must not hold the transaction open. If sending fails the
    // sign-up stays pending; a second sign-up re-sends once, and the purge removes it otherwise.
    try {
      const token = signSignupConfirmToken(tokenSigner(), outcome.id, days, now);
      const mail = confirmationMail(outcome.language === "en" ? "en" : "nl", {
        organisation: settings?.organisationName || new URL(env.APP_URL).hostname,
        url: `${env.APP_URL.replace(/\/$/, "")}/f/confirm/${token}`,
        days,
      });
      await sendRequestedMail(db, opts.transport ?? defaultMailTransport(), {
        to: input.email,
        ...mail,
        kind: "signup_confirmation",
      });
    } catch (error) {
      logger.error("sign-up confirmation mail failed", { error, signupId: outcome.id });
    }
  }
  return { id: outcome.id, status: "pending" as const };
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

/** Counted before anything else; the address only as a hash, the counters hold no personal data. */
async function enforceLimits(db: Db, normalised: string, input: TSignupSubmissionParsed, now: Date) {
  const hits = await hitRateLimits(
    db,
    [
      { key: `signup:addr:${sha(normalised)}`, ...SIGNUP_LIMITS.perAddress },
      { key: `signup:ip:${sha(input.ip)}`, ...SIGNUP_LIMITS.perIp },
      { key: `signup:form:${input.formId ?? "api"}`, ...SIGNUP_LIMITS.perForm },
    ],
    now,
  );
  const refused = hits.find((h) => !h.ok);
  if (refused)
    throw new AppError("RATE_LIMITED", "Too many sign-ups; please try again later.", {
      key: "signups.errors.rateLimited",
    });
}

/**
 * The ticked purposes with the notice version shown and the channels the consent will cover:
 * e-mail where the purpose box was ticked, and phone where the separate call box was ticked (or,
 * through the older `calls` flag, for every ticked purpose) on a form that offers calls, with a
 * number to call (consent is specific per channel, Tw art. 11.7). The confirmation records phone as
 * a consent of its own.
 */
async function resolvePurposes(db: Pick<Db, "signupFormVersion" | "purpose">, input: TSignupSubmissionParsed) {
  const keys = [...new Set([...input.purposes, ...input.callPurposes])];
  // The form's latest version, on the condition that the form is active, in one statement; and the
  // purposes beside it, not after it: neither depends on the other.
  const [version, rows] = await Promise.all([
    input.formId
      ? db.signupFormVersion.findFirst({
          where: { formId: input.formId, form: { active: true } },
          orderBy: { version: "desc" },
          select: { formId: true, version: true, purposeKeys: true, offerCalls: true },
        })
      : null,
    db.purpose.findMany({
      where: { key: { in: keys } },
      select: { key: true, active: true, channels: true, currentVersion: true, notices: { select: { version: true } } },
    }),
  ]);
  if (input.formId && !version) {
    const message = "There is no active sign-up form with this id.";
    throw new AppError("INVALID_INPUT", message, { fields: [{ field: "formId", message }] });
  }
  const mailKeys = new Set(input.purposes);
  const callKeys = new Set(input.callPurposes);
  const offersCalls = !version || version.offerCalls;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const problems: { field: string; message: string; key?: string }[] = [];
  const purposes: PendingPurpose[] = [];
  for (const key of keys) {
    const p = byKey.get(key);
    const offered = p && p.active && (!version || version.purposeKeys.includes(key));
    if (!offered || (mailKeys.has(key) && !p.channels.includes("email"))) {
      const field = mailKeys.has(key)
        ? `purposes.${input.purposes.indexOf(key)}`
        : `callPurposes.${input.callPurposes.indexOf(key)}`;
      problems.push({ field, message: `The purpose "${key}" is not offered here.` });
      continue;
    }
    if (callKeys.has(key) && (!offersCalls || !p.channels.includes("phone"))) {
      const field = `callPurposes.${input.callPurposes.indexOf(key)}`;
      problems.push({ field, message: `Calls about the purpose "${key}" are not offered here.` });
      continue;
    }
    const noticeVersion = input.noticeVersions[key] ?? p.currentVersion;
    if (!p.notices.some((n) => n.version === noticeVersion)) {
      problems.push({ field: `noticeVersions.${key}`, message: `Notice version ${noticeVersion} does not exist.` });
      continue;
    }
    const olderCallsFlag = input.calls && mailKeys.has(key) && offersCalls && p.channels.includes("phone");
    const calls = (callKeys.has(key) || olderCallsFlag) && !!input.phone;
    const channels: PendingPurpose["channels"] = [
      ...(mailKeys.has(key) ? ["email" as const] : []),
      ...(calls ? ["phone" as const] : []),
    ];
    if (channels.length > 0) purposes.push({ key, noticeVersion, channels });
  }
  if (problems.length > 0)
    throw new AppError("INVALID_INPUT", problems.map((p) => p.message).join(" "), { fields: problems });
  return { form: version ? { id: version.formId, currentVersion: version.version } : null, purposes };
}
