/**
 * A campaign through an SMTP server that misbehaves part-way: after the first messages it refuses
 * some recipients for good (5xx), some for now (4xx), at the envelope or after the data, and drops
 * the connection in the middle of one message's data. Nobody may get the mail twice, every failure
 * is kept on its recipient with the server's reason, what was refused for now is sent on a later
 * run, and what may have arrived is never sent again.
 */
import { createServer, type AddressInfo, type Socket } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/gate";
import { SYSTEM } from "@/server/audit/actor";
import { verifyAuditChain } from "@/server/audit/verify-audit-chain";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { MAX_DELIVERY_ATTEMPTS } from "@/features/campaigns/services/send-pending";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { parseHeaders } from "../mail/smtp-sink";

type Behaviour =
  "accept" | "refuse_rcpt_550" | "refuse_data_554" | "defer_rcpt_451" | "defer_data_452" | "drop_mid_data";

const ANSWERS: Partial<Record<Behaviour, { code: number; text: string }>> = {
  refuse_rcpt_550: { code: 550, text: "5.1.1 Mailbox does not exist" },
  refuse_data_554: { code: 554, text: "5.7.1 Message rejected as spam" },
  defer_rcpt_451: { code: 451, text: "4.7.1 Greylisted, try again later" },
  defer_data_452: { code: 452, text: "4.3.1 Insufficient system storage" },
};
const refusal = (b: Behaviour) => Object.assign(new Error(ANSWERS[b]!.text), { responseCode: ANSWERS[b]!.code });

/**
 * An SMTP server that gives each new recipient the next behaviour of `script` (then "accept"), and
 * a recipient refused for now is accepted when it comes back. It counts every attempt (RCPT) and
 * every delivered message with its Message-ID.
 */
async function misbehavingSmtp(script: Behaviour[]) {
  const behaviourOf = new Map<string, Behaviour>();
  const attempts = new Map<string, number>();
  const delivered: { to: string; messageId: string }[] = [];
  const sockets = new Map<number, Socket>();
  const behaviourFor = (address: string) => {
    if (!behaviourOf.has(address)) behaviourOf.set(address, script[behaviourOf.size] ?? "accept");
    const b = behaviourOf.get(address)!;
    // Refused for now, then taken: the second attempt goes through.
    return (attempts.get(address) ?? 0) > 1 && b.startsWith("defer") ? "accept" : b;
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      attempts.set(address.address, (attempts.get(address.address) ?? 0) + 1);
      const b = behaviourFor(address.address);
      callback(b.endsWith("rcpt_550") || b.endsWith("rcpt_451") ? refusal(b) : undefined);
    },
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const b = behaviourFor(to[0]);
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => {
        chunks.push(c);
        // Part of the data has arrived; the line goes dead before the final ".".
        if (b === "drop_mid_data") sockets.get(session.remotePort)?.destroy();
      });
      stream.on("end", () => {
        if (b === "drop_mid_data") return;
        if (b !== "accept") return callback(refusal(b));
        const messageId = parseHeaders(Buffer.concat(chunks).toString("utf8")).get("message-id") ?? "";
        for (const address of to) delivered.push({ to: address, messageId });
        callback();
      });
    },
  });
  server.server.on("connection", (socket: Socket) => sockets.set(socket.remotePort!, socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    behaviourOf,
    attempts,
    delivered,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

async function queuedCampaign(recipients: number) {
  const purpose = await createPurpose(db);
  const marker = `Faults${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  for (let i = 0; i < recipients; i++)
    await createContactWithConsent(db, purpose.key, { contact: { companyName: marker } });
  const { id } = await createCampaign(db, SYSTEM, {
    name: marker,
    purposeId: purpose.id,
    commercial: true,
    subject: marker,
    body: "Body",
    audience: { companyName: marker },
  });
  await queueCampaign(db, SYSTEM, id);
  return id;
}

/** The retry is due: the moment the campaign's lease was set to has passed. */
const retryIsDue = (id: string) =>
  db.$executeRaw`UPDATE "Campaign" SET "lockedUntil" = now() - interval '1 second' WHERE id = ${id}::uuid`;

describe("an SMTP server that refuses or drops part-way through a campaign", () => {
  let smtp: Awaited<ReturnType<typeof misbehavingSmtp>>;
  afterAll(() => smtp?.close());

  it("sends nobody twice, keeps every failure with its reason, retries only what was refused for now", async () => {
    const accepted = 3;
    const script: Behaviour[] = [
      ...Array<Behaviour>(accepted).fill("accept"),
      "refuse_rcpt_550",
      "refuse_data_554",
      "defer_rcpt_451",
      "defer_data_452",
      "drop_mid_data",
      "refuse_rcpt_550",
    ];
    const total = script.length + 2; // two more after the faults, accepted
    smtp = await misbehavingSmtp(script);
    const id = await queuedCampaign(total);
    const transport = createMailTransport(smtp.url);

    // First run: the campaign is not finished, it waits for its retry.
    expect(await runCampaigns(db, transport)).not.toContain(id);
    expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sending" });
    const addressesBy = (b: Behaviour) => [...smtp.behaviourOf].filter(([, x]) => x === b).map(([a]) => a);
    expect(smtp.behaviourOf.size, "every recipient was tried once").toBe(total);
    // The address is only stored on a row once sent; the rest are found by their contact's address.
    const rowOf = async (address: string) =>
      db.campaignRecipient.findFirstOrThrow({
        where: { campaignId: id, contact: { emails: { some: { address } } } },
      });
    for (const address of addressesBy("accept"))
      expect(await rowOf(address)).toMatchObject({ status: "sent", error: null, attempts: 1 });
    for (const [b, code] of [
      ["refuse_rcpt_550", "550"],
      ["refuse_data_554", "554"],
    ] as const)
      for (const address of addressesBy(b)) {
        const row = await rowOf(address);
        expect(row.status, `${b} is failed`).toBe("failed");
        expect(row.error).toContain(`Refused by the mail server: ${code}`);
        expect(row.error).toContain(ANSWERS[b]!.text);
      }
    for (const [b, code] of [
      ["defer_rcpt_451", "451"],
      ["defer_data_452", "452"],
    ] as const) {
      const row = await rowOf(addressesBy(b)[0]);
      expect(row, `${b} waits for a retry`).toMatchObject({ status: "pending", messageId: null, attempts: 1 });
      expect(row.error).toContain(`Temporarily refused by the mail server, tried again later: ${code}`);
      expect(row.error).toContain(ANSWERS[b]!.text);
    }
    // The line broke mid-data: the server never took it, but the sender cannot know that (the break
    // could as well have come after the final "." and before the "250"), so it is not sent again.
    const dropped = await rowOf(addressesBy("drop_mid_data")[0]);
    expect(dropped.status).toBe("failed");
    expect(dropped.error).toMatch(/connection to the mail server broke during delivery.*not sent again/);
    expect(dropped.messageId).not.toBeNull();

    // Before the retry is due, no run touches the campaign.
    const attemptsSoFar = [...smtp.attempts.values()].reduce((a, b) => a + b, 0);
    expect(await runCampaigns(db, transport)).not.toContain(id);
    expect([...smtp.attempts.values()].reduce((a, b) => a + b, 0)).toBe(attemptsSoFar);

    // The retry: what was refused for now goes out, once; nothing else is tried again.
    await retryIsDue(id);
    expect(await runCampaigns(db, transport)).toContain(id);
    expect(await db.campaign.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent" });
    for (const b of ["defer_rcpt_451", "defer_data_452"] as const) {
      const address = addressesBy(b)[0];
      expect(await rowOf(address), `${b} is sent on the retry`).toMatchObject({
        status: "sent",
        error: null,
        attempts: 2,
      });
      expect(smtp.attempts.get(address)).toBe(2);
    }
    for (const b of ["refuse_rcpt_550", "refuse_data_554", "drop_mid_data", "accept"] as const)
      for (const address of addressesBy(b)) expect(smtp.attempts.get(address), `${b} tried once`).toBe(1);

    // Nothing delivered twice, by recipient or by Message-ID; exactly the sent rows arrived.
    const to = smtp.delivered.map((d) => d.to);
    expect(new Set(to).size, to.join(", ")).toBe(to.length);
    expect(new Set(smtp.delivered.map((d) => d.messageId)).size).toBe(smtp.delivered.length);
    const rows = await db.campaignRecipient.findMany({ where: { campaignId: id } });
    const sent = rows.filter((r) => r.status === "sent");
    expect(to.sort()).toEqual(sent.map((r) => r.toAddress).sort());
    expect(sent).toHaveLength(accepted + 2 + 2);
    for (const r of sent) expect(smtp.delivered.find((d) => d.to === r.toAddress)?.messageId).toBe(r.messageId);
    expect(rows.filter((r) => r.status === "failed")).toHaveLength(4);

    const audit = await db.auditEvent.findMany({ where: { targetId: id }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => a.action)).toEqual([
      "campaign.created",
      "campaign.queued",
      "campaign.retry_scheduled",
      "campaign.sent",
    ]);
    expect(audit[2].metadata).toMatchObject({ recipients: 2 });
    expect(audit[3].metadata).toMatchObject({ sent: 7, failed: 4, total });
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("a server out of reach is tried again; one that keeps refusing for now is given up after the last attempt", async () => {
    // No server listens on this port: nothing was handed over, so trying again is safe.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const deadPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));

    const id = await queuedCampaign(1);
    expect(await runCampaigns(db, createMailTransport(`smtp://127.0.0.1:${deadPort}`))).not.toContain(id);
    const [row] = await db.campaignRecipient.findMany({ where: { campaignId: id } });
    expect(row).toMatchObject({ status: "pending", messageId: null, attempts: 1 });
    expect(row.error).toContain("The mail server could not be reached, tried again later");

    // Now a server that greylists for ever.
    const forever = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onRcptTo: (_a, _s, callback) => callback(refusal("defer_rcpt_451")),
    });
    await new Promise<void>((resolve) => forever.listen(0, "127.0.0.1", resolve));
    const transport = createMailTransport(`smtp://127.0.0.1:${(forever.server.address() as AddressInfo).port}`);
    try {
      for (let attempt = 2; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
        await retryIsDue(id);
        expect(await runCampaigns(db, transport)).not.toContain(id);
        expect(await db.campaignRecipient.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
          status: "pending",
          attempts: attempt,
        });
      }
      await retryIsDue(id);
      expect(await runCampaigns(db, transport)).toContain(id);
      const last = await db.campaignRecipient.findUniqueOrThrow({ where: { id: row.id } });
      expect(last).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS });
      expect(last.error).toContain(`Given up after ${MAX_DELIVERY_ATTEMPTS} temporary refusals`);
      expect(last.error).toContain("451");
    } finally {
      await new Promise<void>((resolve) => forever.close(() => resolve()));
    }
  });
});
