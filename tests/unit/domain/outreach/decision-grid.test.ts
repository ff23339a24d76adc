/**
 * The decision store keeps, per contact, the engine's answer for every purpose, channel and
 * commercial flag, and a horizon until which time alone cannot change them. These properties are
 * what makes that copy safe to answer from: for random fact histories and settings, every stored
 * cell is the engine's decision (rule included) at the moment it was made, and at any later moment
 * before the horizon, including the very last millisecond.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHANNELS } from "@/domain/vocabulary";
import {
  cellOf,
  decideGrid,
  decideOutreach,
  decodeCell,
  encodeCell,
  RULE_CODES,
  type DecisionGrid,
} from "@/domain/outreach";
import { aContact } from "./builders";
import { arbContact, arbDate, arbPurposes, arbSettings } from "../../../support/arbitrary-facts";

const arbGrid: fc.Arbitrary<DecisionGrid> = fc.record({ purposes: arbPurposes, settings: arbSettings });
const TEN_YEARS = 10 * 365 * 24 * 60 * 60 * 1000;

function engineCells(grid: DecisionGrid, contact: Parameters<typeof decideGrid>[0], at: Date) {
  const out: { cell: number; rule: string; allow: boolean }[] = [];
  grid.purposes.forEach((purpose, p) => {
    for (const channel of CHANNELS)
      for (const commercial of [false, true]) {
        const d = decideOutreach({ contact, purpose, channel, commercial, at, settings: grid.settings });
        out.push({ cell: cellOf(p, channel, commercial), rule: d.rule, allow: d.decision === "allow" });
      }
  });
  return out;
}

describe("stored decisions (decideGrid)", () => {
  it("hold the engine's decision and rule for every cell at the moment they are made", () => {
    fc.assert(
      fc.property(arbContact, arbGrid, arbDate, (contact, grid, at) => {
        const { cells } = decideGrid(contact, grid, at);
        for (const e of engineCells(grid, contact, at))
          expect(decodeCell(cells[e.cell])).toEqual({ rule: e.rule, allow: e.allow });
      }),
      { numRuns: 300 },
    );
  });

  it("still hold at any moment before their horizon, and at its last millisecond", () => {
    fc.assert(
      fc.property(arbContact, arbGrid, arbDate, (contact, grid, at) => {
        const { cells, validUntil } = decideGrid(contact, grid, at);
        const end = validUntil ? validUntil.getTime() : at.getTime() + TEN_YEARS;
        expect(end).toBeGreaterThan(at.getTime());
        // The next millisecond, moments spread over the interval, and its last millisecond.
        const span = end - 1 - at.getTime();
        const later = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(
          (i) => new Date(at.getTime() + Math.max(Math.min(1, span), Math.floor((span * i) / 8))),
        );
        for (const t of later)
          for (const e of engineCells(grid, contact, t))
            expect({ at: t.toISOString(), ...decodeCell(cells[e.cell]) }).toEqual({
              at: t.toISOString(),
              rule: e.rule,
              allow: e.allow,
            });
      }),
      { numRuns: 1000 },
    );
    // 1,000 cases of nine moments each: seconds on a quiet machine, more while CI runs beside it.
  }, 60_000);

  it("have a horizon that is not needlessly near: a contact with no dated facts holds until the next change of the law", () => {
    const grid: DecisionGrid = {
      purposes: [{ key: "newsletter", directMarketing: true, channels: ["email"] }],
      settings: {
        consentLifetimeDays: null,
        phoneFirstCallMonths: null,
        customerExceptionMonthsAfterEnd: 12,
        formerCustomerCallMonths: 36,
        postalLegitimateInterest: false,
      },
    };
    const contact = aContact();
    expect(decideGrid(contact, grid, new Date("2027-01-01T00:00:00Z")).validUntil).toBeNull();
    expect(decideGrid(contact, grid, new Date("2026-01-01T00:00:00Z")).validUntil).toEqual(
      new Date("2026-06-30T22:00:00.000Z"),
    );
  });

  it("encode every rule of the catalogue, allowed or not, and refuse a code that names none", () => {
    for (const rule of RULE_CODES)
      for (const allow of [true, false]) expect(decodeCell(encodeCell(rule, allow))).toEqual({ rule, allow });
    expect(() => decodeCell(RULE_CODES.length * 2)).toThrow(/names no rule/);
  });
});
