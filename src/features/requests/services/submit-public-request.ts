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
import { signRequestStatusToken, signRequestVerifyToken } from "@/server/tokens/request-token";
import { parseInput } from "@/server/validation/parse-input";
import { normaliseEmail } from "@/domain/contact-points/normalise-email";
import { computeDueAt, requestReference } from "@/domain/requests";
import { ZPublicRequestInput, type TPublicRequestInput } from "../schemas";
import { verificationMail } from "../request-mail";

/**
 * Limits of the public request page. A person makes a request or two, not ten a day; an office
 * network may send a few. Over a limit the page says so (a data-subject request must never vanish
 * without a word) and names another way to reach the privacy contact.
 */
export const PUBLIC_REQUEST_LIMITS = {
  perAddress: { limit: 3, windowMs: 24 * 60 * 60 * 1000 },
  perIp: { limit: 10, windowMs: 60 * 60 * 1000 },
} as const;

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

/**
 * A data-subject request made on the public page `/privacy/request` (AVG art. 12 lid 2: the
 * controller facilitates the exercise of the rights). It is registered at once, received now: the
 * month of art. 12 lid 3 runs from receipt, and checking who asked does not stop it (see
 * docs/law/data-subject-rights.md). The requester gets a mail with a link that confirms they
 * control the address given; the privacy officer sees the request in the ordinary list.
 *
 * Nothing here looks at the contacts: the answer and the mail are the same whether or not we hold
 * anything about the address, so the page cannot be used to learn who is on file. Linking the
 * request to contacts is the privacy officer's step, as for any other request.
 */
export async function submitPublicRequest(
  db: Db,
  ctx: AuditContext,
  raw: TPublicRequestInput,
  opts: { now?: Date; transport?: MailTransport } = {},
): Promise<{ id: string; dueAt: Date }> {
  const input = parseInput(ZPublicRequestInput, raw);
  const now = opts.now ?? new Date();
  const email = normaliseEmail(input.email)!;
  const hits = await hitRateLimits(
    db,
    [
      { key: `privacy-request:addr:${sha(email)}`, ...PUBLIC_REQUEST_LIMITS.perAddress },
      { key: `privacy-request:ip:${sha(input.ip)}`, ...PUBLIC_REQUEST_LIMITS.perIp },
    ],
    now,
  );
  if (hits.some((h) => !h.ok))
    throw new AppError("RATE_LIMITED", "Too many requests from here; please try again later.", {
      key: "requests.public.errors.rate",
    });
  const settings = await db.organisationSettings.findUnique({ where: { id: 1 }, select: { organisationName: true } });
  const request = await db.$transaction(async (tx) => {
    const created = await tx.dataSubjectRequest.create({
      data: {
        type: input.type,
        receivedAt: now,
        channel: "web_form",
        requesterName: input.name,
        requesterEmail: email,
        // What the person wrote about their request, for the privacy officer.
        requesterDetails: input.details ?? null,
        replyChannel: null,
        dueAt: computeDueAt(now),
      },
      select: { id: true, type: true, dueAt: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "request.registered",
      target: { type: "data_subject_request", id: created.id },
      // No name or address in the audit trail: the request row holds them, and erasure clears it.
      metadata: { type: input.type, channel: "web_form", via: "public_page", linkedContacts: 0, replyChannel: "given" },
    });
    return created;
  });
  // After the commit: the request stands whatever happens to the mail (the officer can reach the
  // person another way); a failed send is logged, not shown, so the answer is always the same.
  try {
    const base = env.APP_URL.replace(/\/$/, "");
    const mail = verificationMail(input.language, {
      organisation: settings?.organisationName || new URL(env.APP_URL).hostname,
      reference: requestReference(request.id),
      type: request.type,
      receivedAt: now,
      dueAt: request.dueAt,
      url: `${base}/privacy/request/verify/${signRequestVerifyToken(tokenSigner(), request.id, now)}?lang=${input.language}`,
      statusUrl: `${base}/privacy/request/status/${signRequestStatusToken(tokenSigner(), request.id, now)}?lang=${input.language}`,
    });
    await sendRequestedMail(db, opts.transport ?? defaultMailTransport(), {
      to: input.email,
      ...mail,
      kind: "verification",
    });
  } catch (error) {
    logger.error("request verification mail failed", { error, requestId: request.id });
  }
  return { id: request.id, dueAt: request.dueAt };
}
