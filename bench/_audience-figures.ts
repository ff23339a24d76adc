/**
 * The audience figures, the same on both databases: filling the decision store, the campaign
 * preview answered from it (every channel, and with the campaign form's filters), and the engine
 * deciding the same audience from the facts as a send does.
 */
import type { Db } from "@/server/db";
import {
  forEachAudienceBatch,
  summariseAudience,
  type AudienceInput,
} from "@/features/outreach/services/decide-audience";
import { storeDecisions } from "@/features/outreach/services/store-decisions";
import type { LoadedPurpose } from "@/features/purposes";
import { figure, timed } from "./_bench";

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en")}/s`;

export async function storeFigures(db: Db, contacts: number): Promise<void> {
  const run = await timed(() => storeDecisions(db));
  figure(
    "decision store filled (background work)",
    `${s(run.ms)} for ${run.value.decided.toLocaleString("en")} (${rate(run.value.decided, run.ms)})`,
  );
  if (run.value.decided !== contacts) figure("   WARNING", `decided ${run.value.decided}, expected ${contacts}`);
}

/** The preview for e-mail and phone, unfiltered and filtered; returns the e-mail figure (ms). */
export async function previewFigures(
  db: Db,
  purpose: LoadedPurpose,
  target: string,
): Promise<{ emailMs: number; allowedOnConsent: number }> {
  let emailMs = 0;
  let allowedOnConsent = 0;
  const cases: [string, Omit<AudienceInput, "purpose" | "at">][] = [
    ["e-mail", { channel: "email", commercial: true, filter: {} }],
    ["phone", { channel: "phone", commercial: true, filter: {} }],
    [
      "e-mail, natural persons only",
      { channel: "email", commercial: true, filter: { legalForms: ["eenmanszaak", "vof", "maatschap", "none"] } },
    ],
    ['e-mail, name starts with "voornaam1"', { channel: "email", commercial: false, filter: { search: "voornaam1" } }],
  ];
  for (const [label, input] of cases) {
    const run = await timed(() => summariseAudience(db, { ...input, purpose, at: new Date() }));
    const v = run.value;
    figure(
      `preview, ${label}`,
      `${s(run.ms)} for ${v.total.toLocaleString("en")} (${v.fromStore.toLocaleString("en")} stored, ${v.decidedNow.toLocaleString("en")} decided now; ${v.included.length + v.excluded.length} rules)`,
    );
    if (label === "e-mail") {
      emailMs = run.ms;
      allowedOnConsent = v.included.find((g) => g.rule === "consent")?.count ?? 0;
      figure("   target", target);
    }
  }
  return { emailMs, allowedOnConsent };
}

/** The engine over the whole audience from the facts: what a send does before it mails. */
export async function engineFigure(db: Db, purpose: LoadedPurpose): Promise<number> {
  let total = 0;
  const run = await timed(() =>
    forEachAudienceBatch(db, { purpose, channel: "email", commercial: true, filter: {}, at: new Date() }, (ds) => {
      total += ds.length;
    }),
  );
  figure(
    "engine from the facts, e-mail (as a send decides)",
    `${s(run.ms)} for ${total.toLocaleString("en")} (${rate(total, run.ms)})`,
  );
  return run.ms;
}
