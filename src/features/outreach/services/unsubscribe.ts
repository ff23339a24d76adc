/**
 * One-click unsubscribe (RFC 8058) and the objection offered next to it, for people who are not
 * signed in: the signed link is the only authority. Withdrawal is as easy as giving consent and
 * takes effect at once (AVG art. 7 lid 3); it goes through the consent service, so it is
 * an ordinary append-only ConsentRecord (method unsubscribe_link) with its audit entry.
 */
import type { Db } from "@/server/db";
import type { AuditContext, RequestMeta } from "@/server/audit/actor";
import { isAppError } from "@/server/errors";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifyUnsubscribeToken, type UnsubscribeClaims } from "@/server/tokens/unsubscribe-token";
import { useTokenOnce } from "@/server/tokens/use-token";
import { withdrawConsent } from "@/features/consents";
import { recordObjection } from "@/features/consents";

export type UnsubscribeLink =
  | { ok: false; reason: TokenFailure }
  | {
      ok: true;
      claims: UnsubscribeClaims;
      jti: string;
      purpose: { nameNl: string; nameEn: string } | null;
      unsubscribed: boolean;
      objected: boolean;
    };

const tokenUseIds = (jti: string) => ({ unsubscribe: `${jti}:unsubscribe`, object: `${jti}:object` });

function subjectContext(contactId: string, request?: RequestMeta): AuditContext {
  return { actor: { type: "data_subject", id: contactId }, request };
}

/** What the page shows for a link: valid or why not, and what was done with it already. */
export async function readUnsubscribeLink(
  db: Db,
  token: string,
  signer: TokenSigner = tokenSigner(),
): Promise<UnsubscribeLink> {
  const v = verifyUnsubscribeToken(signer, token);
  if (!v.ok) return v;
  const { claims, jti } = v.token;
  const ids = tokenUseIds(jti);
  const [purpose, used, objection] = await Promise.all([
    db.purpose.findUnique({ where: { key: claims.p }, select: { nameNl: true, nameEn: true } }),
    db.usedToken.findMany({ where: { jti: { in: [ids.unsubscribe, ids.object] } }, select: { jti: true } }),
    db.objection.findFirst({
      where: { contactId: claims.c, scope: "direct_marketing", withdrawnAt: null },
      select: { id: true },
    }),
  ]);
  const spent = new Set(used.map((u) => u.jti));
  return {
    ok: true,
    claims,
    jti,
    purpose,
    unsubscribed: spent.has(ids.unsubscribe),
    objected: spent.has(ids.object) || objection !== null,
  };
}

export type UnsubscribeOutcome = { ok: true; done: "withdrawn" | "already" } | { ok: false; reason: TokenFailure };

/**
 * Withdraws consent for the link's purpose on every channel. A replayed link (mail clients may
 * POST twice) changes nothing twice. A contact erased in the meantime has nothing left to withdraw:
 * that is a success for the person, and reveals nothing.
 */
export function unsubscribeByToken(db: Db, token: string, request?: RequestMeta, signer?: TokenSigner) {
  return actOnceByToken(db, token, "unsubscribe", signer, (claims) =>
    withdrawConsent(db, subjectContext(claims.c, request), claims.c, {
      purpose: claims.p,
      method: "unsubscribe_link",
      location: "unsubscribe link",
    }),
  );
}

/** The same link also lets the person object to all direct marketing (AVG art. 21 lid 2-3). */
export function objectByToken(db: Db, token: string, request?: RequestMeta, signer?: TokenSigner) {
  return actOnceByToken(db, token, "object", signer, (claims) =>
    recordObjection(db, subjectContext(claims.c, request), claims.c, {
      scope: "direct_marketing",
      receivedVia: "unsubscribe_page",
    }),
  );
}

/** One use of the link for one act: verify, skip a replay, act, then spend that use. */
async function actOnceByToken(
  db: Db,
  token: string,
  use: "unsubscribe" | "object",
  signer: TokenSigner = tokenSigner(),
  act: (claims: UnsubscribeClaims) => Promise<unknown>,
): Promise<UnsubscribeOutcome> {
  const v = verifyUnsubscribeToken(signer, token);
  if (!v.ok) return v;
  const useId = tokenUseIds(v.token.jti)[use];
  if (await db.usedToken.findUnique({ where: { jti: useId } })) return { ok: true, done: "already" };
  try {
    await act(v.token.claims);
  } catch (error) {
    // Erased in the meantime: nothing left to act on, which is what the person asked for.
    if (!(isAppError(error) && error.code === "NOT_FOUND")) throw error;
  }
  // Marked after the act committed: a crash in between leaves the link usable, never a spent link
  // without the act. Two concurrent clicks may both record one: harmless.
  await db.$transaction((tx) => useTokenOnce(tx, useId));
  return { ok: true, done: "withdrawn" };
}
