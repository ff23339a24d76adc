/** One outreach decision in-process: the pure engine on a realistic contact (no database). */
import { decideOutreach, DEFAULT_OUTREACH_SETTINGS, type OutreachInput } from "@/domain/outreach";
import { figure, percentile, type Bench } from "./_bench";

const day = (s: string) => new Date(`${s}T10:00:00Z`);

// A prospect met at a fair: two addresses, a mobile number, a consent history with a correction
// and a withdrawal for another purpose, a lapsed customer relationship.
const input: OutreachInput = {
  contact: {
    id: "c1",
    legalForm: "bv",
    provenance: { sourceType: "event" },
    emails: [
      { id: "e1", kind: "generic" },
      { id: "e2", kind: "personal" },
    ],
    phones: [{ id: "p1", kind: "mobile" }],
    postalAddresses: [{ id: "a1" }],
    calls: [],
    consentEvents: [
      {
        id: "k1",
        purposeKey: "events",
        channels: ["email"],
        action: "granted",
        effectiveAt: day("2025-03-01"),
        recordedAt: day("2025-03-01"),
        method: "business_card",
      },
      {
        id: "k2",
        purposeKey: "events",
        channels: ["email"],
        action: "withdrawn",
        effectiveAt: day("2025-09-01"),
        recordedAt: day("2025-09-01"),
        method: "email_reply",
      },
      {
        id: "k3",
        purposeKey: "newsletter",
        channels: ["email"],
        action: "granted",
        effectiveAt: day("2026-01-10"),
        recordedAt: day("2026-01-10"),
        method: "double_opt_in",
      },
      {
        id: "k4",
        purposeKey: "newsletter",
        channels: ["email", "sms"],
        action: "granted",
        effectiveAt: day("2026-01-10"),
        recordedAt: day("2026-01-12"),
        method: "double_opt_in",
        correctsId: "k3",
      },
    ],
    legalBases: [],
    customerRelationships: [
      {
        id: "r1",
        since: day("2022-01-01"),
        until: day("2024-06-30"),
        products: ["support"],
        optOutOfferedAtCollection: true,
      },
    ],
    objections: [{ id: "o1", scope: "profiling", receivedAt: day("2025-05-01") }],
    restrictions: [],
    channelOptOuts: [],
  },
  purpose: { key: "newsletter", directMarketing: true, channels: ["email", "sms", "post"], similarProductsOnly: true },
  channel: "email",
  commercial: true,
  at: day("2026-06-01"),
  settings: { ...DEFAULT_OUTREACH_SETTINGS },
};

const bench: Bench = {
  description: "one decision in-process (pure engine, realistic contact)",
  async run() {
    for (let i = 0; i < 20_000; i++) decideOutreach(input); // warm-up (JIT)
    const n = 200_000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) decideOutreach(input);
    const total = performance.now() - t0;
    const samples: number[] = new Array(50_000);
    for (let i = 0; i < samples.length; i++) {
      const s = process.hrtime.bigint();
      decideOutreach(input);
      samples[i] = Number(process.hrtime.bigint() - s) / 1000;
    }
    samples.sort((a, b) => a - b);
    figure("decisions per second (single thread)", Math.round(n / (total / 1000)).toLocaleString("en"));
    figure("p50 per decision", `${percentile(samples, 50).toFixed(1)} µs`);
    figure("p99 per decision", `${percentile(samples, 99).toFixed(1)} µs`);
    figure("target", "≥ 20,000 decisions/s, p99 ≤ 100 µs");
    figure("decision", `${decideOutreach(input).decision} (${decideOutreach(input).rule})`);
  },
};
export default bench;
