/**
 * Killed at a random moment, started again: nothing lost, nothing twice, nothing half-done.
 *
 * A child process (tests/support/crash/child.ts) opens the database the test prepared and works
 * like a server instance: it sends a campaign, erases a person, or runs a contact import. The test kills it with SIGKILL
 * at a random point (no clean-up code runs, as in a power cut or an out-of-memory kill), opens the
 * database again in this process, lets the work resume, and checks the result. On the embedded
 * database this also proves that a data folder survives a hard kill (its lock is taken over and
 * PostgreSQL's own recovery replays the log); on a PostgreSQL server it runs with a database of
 * its own on that server. The seed of the random points is printed on failure.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { connectDatabase, type Database, type DatabaseTarget } from "@/server/db/connect";
import { SYSTEM } from "@/server/audit/actor";
import { createMailTransport } from "@/server/mail/gate";
import { verifyAuditChain } from "@/server/audit/verify-audit-chain";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { createImport } from "@/features/imports/services/create-import";
import { ROWS_PER_CHUNK, runImports } from "@/features/imports/services/process-import";
import { normaliseEmail } from "@/domain/contact-points";
import { createContact, suppressIdentifier } from "../../factories/contacts";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { csvOf } from "../../factories/imports";
import { createStaffActor, createStaffUser, userContext } from "../../factories/users";
import { createPersonWithEverything, createVerifiedRequest } from "../../factories/requests";
import { createScratchDatabase } from "../../support/scratch-database";
import { REPO_ROOT } from "../../support/paths";

const seed = Number(process.env.TEST_SEED ?? Date.now()) % 2 ** 31;
let state = seed;
/** A small seeded generator (mulberry32), so a failing kill point can be replayed with TEST_SEED. */
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A database this test owns, that a second process can open: a data folder, or a scratch
 *  database on the PostgreSQL server the integration tier runs against. */
async function ownDatabase() {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const scratch = await createScratchDatabase(server, "grondslag_crash");
    const target: DatabaseTarget = { kind: "postgres", url: scratch.url };
    return {
      target,
      open: () => connectDatabase(target, { migrate: false }),
      first: await connectDatabase(target),
      drop: scratch.drop,
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), "grondslag-crash-"));
  const target: DatabaseTarget = { kind: "pglite", dataDir: path.join(dir, "data") };
  return {
    target,
    open: () => connectDatabase(target, { migrate: false }),
    first: await connectDatabase(target),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill("SIGKILL");
});

/** Starts the worker process; resolves once it has opened the database. `onLine` hears every line
 *  it prints after that (the import reports each committed chunk). */
function startChild(env: Record<string, string>, onLine?: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      path.join(REPO_ROOT, "scripts/register-server-only.mjs"),
      path.join(REPO_ROOT, "tests/support/crash/child.ts"),
    ],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  let errors = "";
  child.stderr!.on("data", (d: Buffer) => (errors += d.toString()));
  let pending = "";
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => {
      pending += d.toString();
      const lines = pending.split("\n");
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === "ready") resolve(child);
        else onLine?.(line);
      }
    });
    child.once("exit", (code) =>
      reject(new Error(`worker exited (${code}) before it was ready: ${errors.slice(-2000)}`)),
    );
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

/**
 * An SMTP server that keeps the messages it accepted. `onMessage` sees each message when its data
 * has arrived and before the server answers: the test kills the sender there (the message was
 * transmitted but never acknowledged) or after the answer.
 */
async function smtpServer(onMessage: (n: number, acknowledge: () => void) => void) {
  const accepted: string[] = [];
  let seen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address);
        onMessage(++seen, () => {
          accepted.push(...to);
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe(`killed mid-work and restarted (seed ${seed})`, () => {
  it("a campaign send: every allowed recipient gets the mail at most once, and the rest is recorded", async () => {
    const own = await ownDatabase();
    let db: Database = own.first;
    let smtp: Awaited<ReturnType<typeof smtpServer>> | undefined;
    try {
      const n = 12;
      const purpose = await createPurpose(db.prisma);
      const marker = `Crash${Date.now()}`;
      const allowed: string[] = [];
      for (let i = 0; i < n; i++)
        allowed.push(
          (await createContactWithConsent(db.prisma, purpose.key, { contact: { companyName: marker } })).contact
            .emails[0].address,
        );
      await createContact(db.prisma, { companyName: marker }); // no consent: blocked, never mailed
      const { id } = await createCampaign(db.prisma, SYSTEM, {
        name: marker,
        purposeId: purpose.id,
        commercial: true,
        subject: marker,
        body: "Body",
        audience: { companyName: marker },
      });
      await queueCampaign(db.prisma, SYSTEM, id);
      await db.close(); // the embedded database has one process at a time

      // Kill at message k, either before the server acknowledged it or just after.
      const k = 1 + Math.floor(random() * (n - 1));
      const beforeAck = random() < 0.5;
      const worker: { child?: ChildProcess; kill?: Promise<void> } = {};
      smtp = await smtpServer((count, acknowledge) => {
        if (count !== k || !worker.child) return acknowledge();
        if (!beforeAck) acknowledge();
        worker.kill = killed(worker.child);
      });
      const child = (worker.child = await startChild({
        CRASH_DB: JSON.stringify(own.target),
        CRASH_TASK: "campaign",
        CRASH_SMTP_URL: smtp.url,
      }));
      await new Promise<void>((resolve) => child.once("exit", () => resolve()));
      await worker.kill;
      expect(child.signalCode, "the worker was killed, not finished").toBe("SIGKILL");

      // Restart: the dead worker's lease runs out, and the next worker resumes.
      db = await own.open();
      await db.prisma
        .$executeRaw`UPDATE "Campaign" SET "lockedUntil" = now() - interval '1 second' WHERE id = ${id}::uuid`;
      await runCampaigns(db.prisma, createMailTransport(smtp.url));

      const campaign = await db.prisma.campaign.findUniqueOrThrow({ where: { id } });
      expect(campaign.status).toBe("sent");
      const recipients = await db.prisma.campaignRecipient.findMany({ where: { campaignId: id } });
      const byStatus = (s: string) => recipients.filter((r) => r.status === s);
      // Nobody received it twice.
      expect(new Set(smtp.accepted).size, `accepted: ${smtp.accepted.join(", ")}`).toBe(smtp.accepted.length);
      // Each allowed recipient is either sent or recorded as failed with the reason: the one whose
      // delivery was under way when the worker died, which is not retried (it may have arrived, and
      // a second copy would be a duplicate). Killed before the server's answer, it did not arrive;
      // killed just after, it did, though the database could not learn it.
      const failed = byStatus("failed");
      expect(failed.length).toBeLessThanOrEqual(1);
      for (const f of failed) expect(f.error ?? "").not.toBe("");
      expect(byStatus("sent").length + failed.length).toBe(n);
      expect(smtp.accepted.length).toBe(byStatus("sent").length + (beforeAck ? 0 : failed.length));
      for (const address of smtp.accepted) expect(allowed).toContain(address);
      expect(byStatus("blocked")).toHaveLength(1);
      expect(byStatus("pending")).toHaveLength(0);
      expect((await verifyAuditChain(db.prisma)).firstBreak).toBeNull();
    } finally {
      await smtp?.close();
      await db.close().catch(() => {});
      await own.drop();
    }
  }, 120_000);

  it("an erasure: the person is either untouched or wholly gone, never half, and a retry finishes it", async () => {
    const own = await ownDatabase();
    let db: Database = own.first;
    try {
      const officer = await createStaffUser(db.prisma);
      const person = await createPersonWithEverything(db.prisma, officer.id);
      const request = await createVerifiedRequest(db.prisma, userContext(officer.id), "erasure", {
        contactIds: [person.contact.id],
        requesterName: person.fullName,
        requesterEmail: person.emails[0],
      });
      await db.close();

      const child = await startChild({
        CRASH_DB: JSON.stringify(own.target),
        CRASH_TASK: "erasure",
        CRASH_REQUEST_ID: request.id,
      });
      // Somewhere between opening the database and a little after a typical erasure has finished.
      await new Promise((r) => setTimeout(r, Math.floor(random() * 400)));
      await killed(child);

      db = await own.open();
      const stored = await db.prisma.contact.findUnique({ where: { id: person.contact.id } });
      const erasedAt = (await db.prisma.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).executedAt;
      if (erasedAt) {
        expect(stored, "executed, so the contact must be gone").toBeNull();
      } else {
        // Untouched: the contact and every record about them is still there.
        expect(stored).not.toBeNull();
        expect(await db.prisma.consentRecord.count({ where: { contactId: person.contact.id } })).toBeGreaterThan(0);
        expect(await db.prisma.emailAddress.count({ where: { contactId: person.contact.id } })).toBe(
          person.emails.length,
        );
        await executeErasure(db.prisma, userContext(officer.id), { requestId: request.id });
      }
      expect(await db.prisma.contact.findUnique({ where: { id: person.contact.id } })).toBeNull();
      expect(await db.prisma.consentRecord.count({ where: { contactId: person.contact.id } })).toBe(0);
      expect((await verifyAuditChain(db.prisma)).firstBreak).toBeNull();
    } finally {
      await db.close().catch(() => {});
      await own.drop();
    }
  }, 120_000);
  it("a contact import: it finishes after the restart, every row counted once, nobody twice", async () => {
    const own = await ownDatabase();
    let db: Database = own.first;
    try {
      const marketer = await createStaffActor(db.prisma, "marketer");
      const marker = `Crash${Date.now()}`;
      // Three and a half chunks, so that the kill can land before, inside or between chunks.
      const total = Math.floor(ROWS_PER_CHUNK * 3.5);
      const expected = { created: 0, merged: 0, suppressed: 0, refused: 0 };
      const existingIds = new Set<string>();
      const createdAddresses: string[] = [];
      const rows: string[][] = [["firstName", "lastName", "email"]];
      for (let i = 0; i < total; i++) {
        let email = `persoon.${i}.${marker}@voorbeeld.nl`.toLowerCase();
        if (i % 53 === 7) {
          email = `geen-adres-${i}`; // refused: not an e-mail address
          expected.refused++;
        } else if (i % 41 === 3) {
          // Already a contact: merged into them. Written in capitals, so only the normalised form matches.
          const known = await createContact(db.prisma, { companyName: marker, emails: [{ address: email }] });
          existingIds.add(known.id);
          email = email.toUpperCase();
          expected.merged++;
        } else if (i % 97 === 11) {
          await suppressIdentifier(db.prisma, email); // an erased person (AVG art. 17): not imported
          expected.suppressed++;
        } else if (i >= 1500 && i % 89 === 5 && createdAddresses.length > 0) {
          // The same person again, a chunk or more further down the file: merged into that row's contact.
          email = createdAddresses[(i * 7) % createdAddresses.length];
          expected.merged++;
        } else {
          createdAddresses.push(email);
          expected.created++;
        }
        rows.push([`P${i}`, marker, email]);
      }
      const batch = await createImport(db.prisma, marketer, {
        fileName: "crash.csv",
        body: (async function* () {
          yield csvOf(rows);
        })(),
        sourceType: "import",
        sourceDetail: "Export oud CRM",
        queue: { dryRun: false },
      });
      await db.close();

      // Kill after the report of chunk k (0: the worker has just opened the database), a random
      // part of the last chunk's duration later (of 300 ms for k = 0, while it claims the batch and
      // reads its first rows): mid-chunk, at a commit, or between chunks. The next chunk takes about
      // as long, and the last one is still to come, so the import is running when the kill lands.
      // Never k = 1: the first chunk's duration includes the worker's warm-up (loading modules,
      // preparing statements), up to three times a later chunk's, so a kill aimed by it could land
      // after the import had finished.
      const chunks = Math.ceil(total / ROWS_PER_CHUNK);
      const ks = [0, ...Array.from({ length: chunks - 3 }, (_, i) => i + 2)]; // 0, then 2 to chunks - 2
      const k = ks[Math.floor(random() * ks.length)];
      const fraction = random();
      const worker: { child?: ChildProcess; kill?: Promise<void>; last: number; reports: number } = {
        last: Date.now(),
        reports: 0,
      };
      const aim = (chunkMs: number) =>
        setTimeout(() => (worker.kill = killed(worker.child!)), Math.floor(fraction * 0.8 * chunkMs));
      const child = (worker.child = await startChild(
        { CRASH_DB: JSON.stringify(own.target), CRASH_TASK: "import" },
        (line) => {
          if (!line.startsWith("chunk ")) return;
          const now = Date.now();
          if (++worker.reports === k) aim(now - worker.last);
          worker.last = now;
        },
      ));
      worker.last = Date.now();
      if (k === 0) aim(300 / 0.8);
      await new Promise<void>((resolve) =>
        child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve()),
      );
      await worker.kill;
      expect(child.signalCode, `the worker was killed, not finished (k=${k})`).toBe("SIGKILL");

      // Restart: the dead worker's lease runs out, and the worker loop of the next instance resumes.
      db = await own.open();
      await db.prisma
        .$executeRaw`UPDATE "ImportBatch" SET "lockedUntil" = now() - interval '1 second' WHERE id = ${batch.id}::uuid AND status = 'running'`;
      await runImports(db.prisma);

      const done = await db.prisma.importBatch.findUniqueOrThrow({ where: { id: batch.id } });
      expect(done).toMatchObject({ status: "done", total, rowsDone: total, ...expected });
      expect(done.created + done.merged + done.suppressed + done.refused).toBe(total);

      // Every line of the file is accounted for once: by one committed chunk, with one outcome.
      const committed = await db.prisma.auditEvent.findMany({
        where: { action: "import.rows_committed", targetId: batch.id },
        orderBy: { seq: "asc" },
      });
      const lines = committed.map((e) => e.metadata as { fromLine: number; toLine: number } & typeof expected);
      expect(lines.map((l) => [l.fromLine, l.toLine])).toEqual(
        Array.from({ length: chunks }, (_, c) => [
          2 + c * ROWS_PER_CHUNK,
          1 + Math.min(total, (c + 1) * ROWS_PER_CHUNK),
        ]),
      );
      for (const key of ["created", "merged", "suppressed", "refused"] as const)
        expect(
          lines.reduce((sum, l) => sum + l[key], 0),
          key,
        ).toBe(expected[key]);
      const outcomes = await db.prisma.importRowOutcome.findMany({
        where: { batchId: batch.id, outcome: { not: "warning" } },
        select: { line: true, outcome: true },
      });
      const outcomeOf = new Map<number, string>();
      for (const o of outcomes) {
        expect(outcomeOf.get(o.line) ?? o.outcome, `line ${o.line} has one outcome`).toBe(o.outcome);
        outcomeOf.set(o.line, o.outcome);
      }
      const countOf = (outcome: string) => [...outcomeOf.values()].filter((o) => o === outcome).length;
      expect(countOf("merged")).toBe(expected.merged);
      expect(countOf("suppressed")).toBe(expected.suppressed);
      expect(countOf("refused")).toBe(expected.refused);

      // Nobody twice: each normalised address of the file belongs to one contact, once.
      const addresses = [
        ...new Set(
          rows
            .slice(1)
            .map((r) => normaliseEmail(r[2]))
            .filter((a): a is string => a !== null),
        ),
      ];
      const held = await db.prisma.emailAddress.groupBy({
        by: ["normalised"],
        where: { normalised: { in: addresses } },
        _count: { _all: true },
      });
      expect(held.filter((h) => h._count._all > 1)).toEqual([]);
      expect(held).toHaveLength(addresses.length - expected.suppressed);

      // Every record the import made is tagged with the batch; every contact it matched names it as a source.
      expect(await db.prisma.contact.count({ where: { importBatchId: batch.id } })).toBe(expected.created);
      expect(await db.prisma.contact.count({ where: { lastName: marker } })).toBe(expected.created);
      expect(await db.prisma.emailAddress.count({ where: { importBatchId: batch.id } })).toBe(expected.created);
      const sources = await db.prisma.contactSource.findMany({ where: { importBatchId: batch.id } });
      expect(new Set(sources.map((s) => s.contactId))).toEqual(existingIds);
      expect(sources).toHaveLength(existingIds.size);
      expect((await verifyAuditChain(db.prisma)).firstBreak).toBeNull();
    } finally {
      await db.close().catch(() => {});
      await own.drop();
    }
  }, 240_000);
});
