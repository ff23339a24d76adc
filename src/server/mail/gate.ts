/**
 * THE mail gate: the only code that hands a message to a transport, and structurally so. Transports are opaque handles whose nodemailer instance lives in a
 * module-private WeakMap, so nothing outside this file can reach it. A message to a contact goes
 * out only with a permit from the rules engine (AllowedSend) for that contact, purpose and moment;
 * the recipient address is read here from the contact point the engine decided on, never taken
 * from the caller. The only other door is a test message to a staff user's own address.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import net from "node:net";
import nodemailer from "nodemailer";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type { Tx } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { tokenSigner } from "../tokens/token-signer";
import { signUnsubscribeToken } from "../tokens/unsubscribe-token";
import { preferenceUrl, signPreferenceToken } from "../tokens/preference-token";
import { isIssuedPermit, retirePermit, type AllowedSend } from "./allowed-send";
import { addressOf, escapeHtml, markAsTest, textToHtml, withNotice, withUnsubscribeFooter } from "./compose";

/** What the gate reads and writes; a transaction works too (the outbox row then commits with it). */
export type MailDb = Pick<Tx, "emailAddress" | "organisationSettings" | "outboxMessage" | "user">;

declare const brand: unique symbol;
export type MailTransport = { readonly kind: "smtp" | "outbox"; readonly [brand]: "MailTransport" };

const transporters = new WeakMap<MailTransport, nodemailer.Transporter | null>();

/** SMTP when a URL is given (smtp:// or smtps://), else the in-app outbox: nothing is dropped. */
export function createMailTransport(url: string | null | undefined): MailTransport {
  const handle = Object.freeze({ kind: url ? "smtp" : "outbox" }) as MailTransport;
  transporters.set(handle, url ? nodemailer.createTransport(smtpOptions(url)) : null);
  return handle;
}

/**
 * The URL's settings (a `?pool=false` or `?maxConnections=5` in it still wins), sending over a few
 * kept-open connections instead of a new one per message, each with Nagle's algorithm off. A
 * campaign hands over one message at a time: with a new connection per message, and the end of
 * each message held back by the TCP stack until the server acknowledged the part before it, one
 * instance managed about six messages a second against a mail server on the same machine.
 */
function smtpOptions(url: string): SMTPPool.Options {
  const defaults: SMTPPool.Options = { pool: true, maxConnections: 2, getSocket: connectWithoutDelay };
  return { ...defaults, ...(parseConnectionUrl(url) as SMTPPool.Options) };
}

/** A plain TCP connection with no delay; nodemailer starts TLS on it itself (smtps:// or STARTTLS).
 *  The port defaults as nodemailer's own: 465 for smtps://, else 587. */
const connectWithoutDelay: NonNullable<SMTPPool.Options["getSocket"]> = (options, callback) => {
  const port = Number(options.port) || (options.secure ? 465 : 587);
  const socket = net.connect({ host: options.host ?? "localhost", port, noDelay: true });
  const failed = (error: Error) => callback(error, null);
  socket.once("error", failed);
  socket.once("connect", () => {
    socket.off("error", failed);
    callback(null, { connection: socket });
  });
};

// Cached per module instance, deliberately not on globalThis: Next.js may load this file in more
// than one bundle, and a handle only works with the WeakMap of the instance that created it.
let defaultTransport: MailTransport | undefined;
export function defaultMailTransport(): MailTransport {
  return (defaultTransport ??= createMailTransport(env.SMTP_URL));
}

/** A permit older than this no longer reflects the facts (an objection may have come in). */
export const MAX_PERMIT_AGE_MS = 10 * 60 * 1000;

export type ContactMessage = {
  contactId: string;
  purposeKey: string;
  commercial: boolean;
  subject: string;
  text: string;
  html?: string;
  /** CampaignRecipient id, if any: lets the unsubscribe link name the mailing. */
  recipientId?: string;
  /** Pre-assigned Message-ID (the campaign worker commits it before sending; see send-pending). */
  messageId?: string;
  /**
   * The envelope sender (SMTP MAIL FROM), where the receiving servers send bounces and where
   * mailbox providers send spam complaints: the organisation's return path with a token naming
   * this recipient (VERP). The From header does not change. Omitted: the From address.
   */
  envelopeFrom?: string;
  /**
   * Information the law says must go with this message (AVG art. 14: data not obtained from the
   * person), put above the message. Given the link to the person's own preference page, which
   * only the gate makes (and keeps out of the stored copy).
   */
  notice?: (links: { preferencesUrl: string }) => string;
  /**
   * A designed message (a campaign set in the organisation's layout) builds both parts itself,
   * around the personal links only the gate makes. For a commercial message the gate refuses it
   * unless both parts carry the unsubscribe link and the link to all choices.
   */
  render?: (links: { unsubscribeUrl: string | null; preferencesUrl: string | null; notice?: string }) => {
    text: string;
    html: string;
  };
};

export const REDACTED = "[redacted]";

export type Delivered = { messageId: string; to: string; outboxId?: string };

function refuse(reason: string): never {
  throw new AppError("UNLAWFUL", `Mail refused by the send gate: ${reason}.`, { key: "outreach.errors.gateRefused" });
}

/** Checks the permit against the message; throws (UNLAWFUL) on any mismatch. */
export function assertPermitCovers(
  permit: unknown,
  message: ContactMessage,
  now: Date = new Date(),
): asserts permit is AllowedSend {
  if (!isIssuedPermit(permit)) refuse("no decision from the rules engine, or it was used already");
  const p = permit as AllowedSend;
  if (p.decision.decision !== "allow") refuse("the decision is not an allow");
  if (p.channel !== "email") refuse("the decision is not for e-mail");
  if (p.contactId !== message.contactId) refuse("the decision is for another contact");
  if (p.purposeKey !== message.purposeKey) refuse("the decision is for another purpose");
  if (message.commercial && !p.commercial) refuse("the decision was for a non-commercial message");
  if (now.getTime() - p.decidedAt.getTime() > MAX_PERMIT_AGE_MS || p.decidedAt.getTime() > now.getTime() + 1000)
    refuse("the decision is stale");
  if (Math.abs(now.getTime() - p.at.getTime()) > MAX_PERMIT_AGE_MS) refuse("the decision was about another moment");
  if (!p.decision.contactPointId) refuse("the decision names no address");
}

export async function sendAllowedMail(
  db: MailDb,
  transport: MailTransport,
  permit: AllowedSend,
  message: ContactMessage,
  now: Date = new Date(),
): Promise<Delivered> {
  assertPermitCovers(permit, message, now);
  const point = await db.emailAddress.findFirst({
    where: { id: permit.decision.contactPointId, contactId: permit.contactId },
    select: { address: true },
  });
  if (!point) refuse("the decided address no longer exists");
  retirePermit(permit);
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  if (message.render) return sendDesignedMail(db, transport, permit, message, point.address, message.render);
  let body = { text: message.text, html: message.html ?? textToHtml(message.text) };
  let preferenceToken: string | undefined;
  if (message.notice) {
    preferenceToken = signPreferenceToken(tokenSigner(), permit.contactId);
    body = withNotice(body, message.notice({ preferencesUrl: preferenceUrl(env.APP_URL, preferenceToken) }));
    secrets.push(preferenceToken);
  }
  if (message.commercial) {
    // RFC 8058 one-click unsubscribe, and the footer link: added here so that no commercial mail
    // can leave without them.
    const { token, url, headers: unsubscribeHeaders } = await unsubscribeLinks(db, permit, message.recipientId);
    Object.assign(headers, unsubscribeHeaders);
    preferenceToken ??= signPreferenceToken(tokenSigner(), permit.contactId);
    body = withUnsubscribeFooter(body, url, preferenceUrl(env.APP_URL, preferenceToken));
    // Both links let their holder act as the person: the stored copy keeps neither.
    secrets.push(token, preferenceToken);
  }
  return deliver(db, transport, {
    to: point.address,
    subject: message.subject,
    ...body,
    headers,
    messageId: message.messageId,
    envelopeFrom: message.envelopeFrom,
    contactId: permit.contactId,
    recipientId: message.recipientId,
    secrets,
  });
}

/** RFC 8058 one-click unsubscribe: the signed link and the headers every commercial mail carries. */
async function unsubscribeLinks(db: MailDb, permit: AllowedSend, recipientId: string | undefined) {
  const token = signUnsubscribeToken(tokenSigner(), {
    c: permit.contactId,
    p: permit.purposeKey,
    ch: "email",
    ...(recipientId ? { r: recipientId } : {}),
  });
  const url = `${env.APP_URL.replace(/\/$/, "")}/u/${token}`;
  const mailbox = await unsubscribeMailbox(db);
  const headers = {
    "List-Unsubscribe": `<${url}>, <mailto:${mailbox}?subject=unsubscribe>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
  return { token, url, headers };
}

async function sendDesignedMail(
  db: MailDb,
  transport: MailTransport,
  permit: AllowedSend,
  message: ContactMessage,
  to: string,
  render: NonNullable<ContactMessage["render"]>,
): Promise<Delivered> {
  const secrets: string[] = [];
  let headers: Record<string, string> = {};
  let preferencesUrl: string | null = null;
  let unsubscribeUrl: string | null = null;
  if (message.commercial || message.notice) {
    const preferenceToken = signPreferenceToken(tokenSigner(), permit.contactId);
    preferencesUrl = preferenceUrl(env.APP_URL, preferenceToken);
    secrets.push(preferenceToken);
  }
  if (message.commercial) {
    const links = await unsubscribeLinks(db, permit, message.recipientId);
    headers = links.headers;
    unsubscribeUrl = links.url;
    secrets.push(links.token);
  }
  const notice = message.notice && preferencesUrl ? message.notice({ preferencesUrl }) : undefined;
  const body = render({ unsubscribeUrl, preferencesUrl, ...(notice ? { notice } : {}) });
  // Tw art. 11.7 lid 4 and AVG art. 21 lid 3: the way out is in every commercial message, in the
  // part every reader sees. Whatever the layout did, nothing leaves without it.
  if (message.commercial) {
    for (const url of [unsubscribeUrl!, preferencesUrl!]) {
      if (!body.text.includes(url) || !body.html.includes(escapeHtml(url)))
        refuse("the designed message lacks its unsubscribe or preference link");
    }
  }
  if (notice && !body.text.includes(notice.split("\n")[0])) refuse("the designed message lacks the notice it owes");
  return deliver(db, transport, {
    to,
    subject: message.subject,
    ...body,
    headers,
    messageId: message.messageId,
    envelopeFrom: message.envelopeFrom,
    contactId: permit.contactId,
    recipientId: message.recipientId,
    secrets,
  });
}

/** A marketer's test of a campaign: only to the staff user's own registered address, marked TEST. */
export async function sendSelfTestMail(
  db: MailDb,
  transport: MailTransport,
  input: { userId: string; subject: string; text: string; html?: string },
): Promise<Delivered> {
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { email: true, active: true } });
  if (!user?.active) refuse("unknown or inactive user");
  return deliver(db, transport, {
    to: user.email,
    subject: `[TEST] ${input.subject}`,
    ...markAsTest(input),
    headers: { "X-Grondslag-Test": "1" },
  });
}

/**
 * A mail the person asked for themselves on a public page, to the address they typed there: the
 * confirmation link of a sign-up (double opt-in), a link to their preferences, a verification code.
 * It carries no offer, so it is not a commercial message (Tw art. 11.7 does not apply) and needs no
 * permit from the rules engine; callers rate-limit it per address and IP so that nobody can use it
 * to flood someone else's inbox. Never for a contact's stored address or for marketing content.
 */
export async function sendRequestedMail(
  db: MailDb,
  transport: MailTransport,
  input: {
    to: string;
    subject: string;
    text: string;
    kind: "signup_confirmation" | "preference_link" | "verification";
  },
): Promise<Delivered> {
  return deliver(db, transport, {
    to: input.to,
    subject: input.subject,
    text: input.text,
    html: textToHtml(input.text),
    headers: { "X-Grondslag-Kind": input.kind, "Auto-Submitted": "auto-replied" },
  });
}

/**
 * The third door, for notices the law obliges us to send to the person whatever their marketing
 * choices: the communication of a personal data breach (AVG art. 34). Not commercial, so no
 * permit from the outreach rules is needed (an objection to direct marketing does not stop it) and
 * no unsubscribe footer is added. The address is read here from the contact's own e-mail addresses
 * (a personal one first), never taken from the caller. Null when the contact has no address.
 */
export async function sendStatutoryNotice(
  db: MailDb,
  transport: MailTransport,
  notice: { contactId: string; kind: "breach_notification"; subject: string; text: string },
): Promise<Delivered | null> {
  const points = await db.emailAddress.findMany({
    where: { contactId: notice.contactId },
    select: { address: true, kind: true },
    orderBy: { createdAt: "asc" },
  });
  const rank = { personal: 0, designated_commercial: 1, generic: 2 } as const;
  const point = points.sort((a, b) => rank[a.kind] - rank[b.kind])[0];
  if (!point) return null;
  return deliver(db, transport, {
    to: point.address,
    subject: notice.subject,
    text: notice.text,
    html: textToHtml(notice.text),
    headers: { "X-Grondslag-Notice": notice.kind },
    contactId: notice.contactId,
  });
}

async function unsubscribeMailbox(db: MailDb): Promise<string> {
  const settings = await db.organisationSettings.findUnique({ where: { id: 1 }, select: { controllerEmail: true } });
  return settings?.controllerEmail || addressOf(env.MAIL_FROM);
}

type Outgoing = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  messageId?: string;
  envelopeFrom?: string;
  contactId?: string;
  recipientId?: string;
  /** Values only the recipient may have (the unsubscribe token): never kept in the stored copy. */
  secrets?: string[];
};

export function newMessageId(): string {
  return `<${randomUUID()}@${new URL(env.APP_URL).hostname}>`;
}

async function deliver(db: MailDb, transport: MailTransport, m: Outgoing): Promise<Delivered> {
  const messageId = m.messageId ?? newMessageId();
  const smtp = transporters.get(transport);
  if (smtp === undefined) refuse("unknown transport");
  if (smtp) {
    await smtp.sendMail({
      from: env.MAIL_FROM,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      headers: m.headers,
      messageId,
      ...(m.envelopeFrom ? { envelope: { from: m.envelopeFrom, to: [m.to] } } : {}),
    });
    return { messageId, to: m.to };
  }
  // Staff read the outbox; with the recipient's unsubscribe token they could act as the person
  // (withdraw consent, object). The stored copy shows where the link was, not the link.
  const redact = (v: string) => (m.secrets ?? []).reduce((out, secret) => out.split(secret).join(REDACTED), v);
  const row = await db.outboxMessage.create({
    data: {
      recipientId: m.recipientId ?? null,
      contactId: m.contactId ?? null,
      toAddress: m.to,
      fromAddress: env.MAIL_FROM,
      subject: m.subject,
      text: redact(m.text),
      html: redact(m.html),
      headers: {
        ...Object.fromEntries(Object.entries(m.headers).map(([k, v]) => [k, redact(v)])),
        "Message-ID": messageId,
      },
    },
    select: { id: true },
  });
  return { messageId, to: m.to, outboxId: row.id };
}
