/**
 * Rules 1-4 and 8 of docs/law/outreach-rules.md: what the person (or the law on their behalf) has said. These
 * deny before any channel rule can allow.
 */
import type { Step } from "../decision";
import { decideBy } from "../decision";
import { activeObjections, activeRestrictions, channelOptOutsAt, channelPausesAt, earliest } from "../facts";

/** Rule 1 — AVG art. 17: an erased contact no longer exists for us, and a suppressed identifier
 *  may not come back through an import or enrichment without a fresh, recorded basis. */
export const erasedOrSuppressed: Step = (ctx) => {
  const c = ctx.input.contact;
  const evidence = [{ type: "suppression" as const, id: c.suppressionId ?? c.id }];
  if (c.erased) return decideBy(ctx, "erased", { evidence });
  if (c.suppressed) return decideBy(ctx, "suppressed", { evidence });
  return null;
};

/** Rule 2 — AVG art. 18 lid 1: a restricted record is stored only; not even a service message. */
export const restricted: Step = (ctx) => {
  const active = activeRestrictions(ctx.input.contact, ctx.input.at);
  if (active.length === 0) return null;
  return decideBy(ctx, "restricted", {
    evidence: active.map((r) => ({ type: "restriction" as const, id: r.id })),
    params: { date: earliest(active, (r) => r.setAt)?.setAt },
  });
};

/** Rule 3 — AVG art. 21 lid 2-3: an objection to direct marketing is absolute, needs no balancing
 *  and covers every channel and every marketing purpose. It does not stop non-commercial
 *  messages (invoices, service), which are not direct marketing. */
export const objectionToDirectMarketing: Step = (ctx) => {
  if (!ctx.isMarketing) return null;
  const active = activeObjections(ctx.input.contact, "direct_marketing", ctx.input.at);
  if (active.length === 0) return null;
  return decideBy(ctx, "objection_direct_marketing", {
    evidence: active.map((o) => ({ type: "objection" as const, id: o.id })),
    params: { date: earliest(active, (o) => o.receivedAt)?.receivedAt },
  });
};

/**
 * Rule 4 — AVG art. 7 lid 3: a withdrawal takes effect at once. It covers this purpose on this
 * channel (or all its channels), and an unsubscribe from the whole channel covers every purpose.
 * A consent the person gives for this purpose AFTER a channel opt-out is a new affirmative act and
 * reopens the channel for that purpose only.
 *
 * A pause ("no e-mail until 1 March", asked for on the preference page) is an objection for a
 * period (AVG art. 21 lid 2-3): it covers every marketing purpose on the channel until it ends, and
 * a consent given during it does not end it early; only the person's own "send me e-mail again"
 * does. Service messages are not direct marketing and still go.
 */
export const withdrawal: Step = (ctx) => {
  if (!ctx.isMarketing) return null;
  const { consent } = ctx;
  if (consent.state === "withdrawn") {
    return decideBy(ctx, "withdrawn", {
      evidence: [{ type: "withdrawal", id: consent.eventId! }],
      params: { date: consent.effectiveAt },
    });
  }
  const pause = channelPausesAt(ctx.input.contact, ctx.input.channel, ctx.input.at).at(0);
  if (pause) {
    return decideBy(ctx, "channel_paused", {
      evidence: [{ type: "channel_opt_out", id: pause.id }],
      params: { date: pause.at, until: pause.until! },
    });
  }
  const optOut = channelOptOutsAt(ctx.input.contact, ctx.input.channel, ctx.input.at).at(-1);
  if (!optOut) return null;
  const freshConsent = consent.state === "given" && consent.effectiveAt!.getTime() > optOut.at.getTime();
  if (freshConsent) return null;
  return decideBy(ctx, "channel_opt_out", {
    evidence: [{ type: "channel_opt_out", id: optOut.id }],
    params: { date: optOut.at },
  });
};

/** Rule 8 — AVG art. 21 lid 1-2: who objected to profiling is left out of audiences built on a
 *  profile. We apply it to non-commercial messages too: the engine cannot weigh the "compelling
 *  legitimate grounds" of art. 21 lid 1, so it fails closed. */
export const objectionToProfiling: Step = (ctx) => {
  if (!ctx.input.profilingBased) return null;
  const active = activeObjections(ctx.input.contact, "profiling", ctx.input.at);
  if (active.length === 0) return null;
  return decideBy(ctx, "objection_profiling", {
    evidence: active.map((o) => ({ type: "objection" as const, id: o.id })),
    params: { date: earliest(active, (o) => o.receivedAt)?.receivedAt },
  });
};
