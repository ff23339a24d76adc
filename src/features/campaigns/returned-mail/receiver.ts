/**
 * The SMTP receiver of the campaign return path: the MX of the return path's domain points here,
 * and bounce reports and spam complaints arrive as ordinary mail. It is an inbound-only server for
 * that one mailbox: no authentication (other mail servers deliver to it like to any MX), RCPT
 * only for the return path and its +token variants (550 otherwise, so it can never relay), at
 * most 1 MB per message. Each message goes to processReturnedMail, which stores nothing of it.
 */
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import type { Db } from "@/server/db";
import { getDb } from "@/server/db";
import { logger } from "@/server/logger";
import { matchReturnPath } from "@/server/tokens/return-path-token";
import { processReturnedMail } from "../services/process-returned-mail";
import { RETURNED_MAIL_MAX_BYTES } from "./read-returned-mail";
import { readReturnPath } from "./return-path-setting";

export type ReturnPathReceiver = { port: number; close(): Promise<void> };

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

export async function startReturnPathReceiver(opts: {
  port: number;
  host?: string;
  db?: Db;
}): Promise<ReturnPathReceiver> {
  const db = opts.db ?? (await getDb());
  // The return path is read once per mail, at its first RCPT: the mail's other recipients and its
  // processing use that answer. smtp-server gives each mail (SMTP transaction) a new envelope
  // object, so that object is the key. A failed read is not kept: the next RCPT tries again.
  const perMail = new WeakMap<object, Promise<string | null>>();
  const returnPathOf = (envelope: object) => {
    let read = perMail.get(envelope);
    if (!read) {
      read = readReturnPath(db);
      perMail.set(envelope, read);
      read.catch(() => perMail.delete(envelope));
    }
    return read;
  };
  const options: SMTPServerOptions = {
    name: "grondslag-return-path",
    banner: "Grondslag return path (bounce reports and complaints only)",
    authOptional: true,
    disabledCommands: ["AUTH"],
    // Not offered: the bundled certificate would be a shared, public key. Put a TLS-terminating
    // mail server in front when the reports must be encrypted in transit.
    hideSTARTTLS: true,
    size: RETURNED_MAIL_MAX_BYTES,
    logger: false,
    onRcptTo(address, session, callback) {
      returnPathOf(session.envelope)
        .then((base) => {
          if (base && matchReturnPath(base, address.address)) return callback();
          callback(smtpError(550, "5.1.1 No such mailbox here: this server takes bounce reports only"));
        })
        .catch(() => callback(smtpError(451, "4.3.0 Temporary failure, try again later")));
    },
    onData(stream, session, callback) {
      const returnPath = returnPathOf(session.envelope);
      const chunks: Buffer[] = [];
      let length = 0;
      stream.on("data", (chunk: Buffer) => {
        length += chunk.length;
        if (length <= RETURNED_MAIL_MAX_BYTES) chunks.push(chunk);
      });
      stream.on("error", (error) => callback(error));
      stream.on("end", () => {
        if (stream.sizeExceeded || length > RETURNED_MAIL_MAX_BYTES)
          return callback(smtpError(552, "5.3.4 Message too big for a bounce report"));
        const envelopeRecipients = session.envelope.rcptTo.map((r) => r.address);
        returnPath
          .then((base) => processReturnedMail(db, { raw: Buffer.concat(chunks), envelopeRecipients, returnPath: base }))
          .then(() => callback())
          .catch((error: unknown) => {
            // The database could not take it: the sending server keeps the report and tries again.
            logger.error("a returned mail could not be processed", { error });
            callback(smtpError(451, "4.3.0 Temporary failure, try again later"));
          });
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host ?? "0.0.0.0", () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => logger.warn("return-path receiver error", { error }));
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : opts.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
