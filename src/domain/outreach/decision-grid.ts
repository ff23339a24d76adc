/**
 * Every decision the engine would give for one contact, for every purpose, channel and
 * commercial flag, with the moment until which they all hold. This is what the product stores
 * (one row per contact) so that a large audience is counted with one query instead of loading the
 * facts of a million people. It is not a second implementation of the law: each cell is the
 * answer of `decideOutreach` itself, and the horizon says when that answer could change by the
 * passing of time alone (a consent lifetime running out, a customer window closing, the next
 * version of the law taking effect). A change of facts is handled outside: the stored row is
 * dropped in the same transaction (see docs/decision-store.md).
 */
import { CHANNELS, type Channel } from "@/domain/vocabulary";
import { addDays, addMonths } from "./time";
import { decideOutreach } from "./decide";
import { RULE_SET_VERSIONS } from "./rule-sets";
import { NL_RULES, type RuleId } from "./rules/nl";
import type { ContactFacts, OutreachSettings, PurposeFacts } from "./types";

/** Raise when the engine changes in a way that changes any decision: every stored decision made
 *  by an older version is then ignored and made again. A unit test holds the engine's source
 *  fingerprint and fails until this is raised (and the fingerprint recorded again). */
export const DECISION_LOGIC_VERSION = 2;

/** The rule ids in a fixed order: a stored cell holds the rule's position, not its name. */
export const RULE_CODES: readonly RuleId[] = Object.keys(NL_RULES).sort() as RuleId[];
const CODE_OF = new Map<RuleId, number>(RULE_CODES.map((rule, i) => [rule, i]));

/** What every stored decision of one basis was made under: the organisation's settings and the
 *  purposes in a fixed order (their position gives the cell). */
export interface DecisionGrid {
  purposes: readonly PurposeFacts[];
  settings: OutreachSettings;
}

export interface GridDecisions {
  /** One cell per purpose x channel x commercial (see cellOf): rule position * 2 + (allow ? 1 : 0). */
  cells: number[];
  /** The decisions hold for every moment from the decision's `at` until just before this one;
   *  null = until a fact changes. */
  validUntil: Date | null;
}

/** The cell of a purpose (its position in the grid), a channel and the commercial flag. */
export function cellOf(purposeIndex: number, channel: Channel, commercial: boolean): number {
  return (purposeIndex * CHANNELS.length + CHANNELS.indexOf(channel)) * 2 + (commercial ? 1 : 0);
}

export function encodeCell(rule: RuleId, allow: boolean): number {
  const code = CODE_OF.get(rule);
  if (code === undefined) throw new Error(`Rule ${rule} has no stored code`);
  return code * 2 + (allow ? 1 : 0);
}

export function decodeCell(cell: number): { rule: RuleId; allow: boolean } {
  const rule = RULE_CODES[cell >> 1];
  if (rule === undefined) throw new Error(`Stored decision code ${cell} names no rule`);
  return { rule, allow: (cell & 1) === 1 };
}

/** Decides every cell of the grid for one contact at `at`, with the horizon of those decisions. */
export function decideGrid(contact: ContactFacts, grid: DecisionGrid, at: Date): GridDecisions {
  const cells: number[] = [];
  grid.purposes.forEach((purpose, p) => {
    for (const channel of CHANNELS) {
      const decide = (commercial: boolean) => {
        const d = decideOutreach({ contact, purpose, channel, commercial, at, settings: grid.settings });
        return encodeCell(d.rule, d.decision === "allow");
      };
      const commercialCell = decide(true);
      // A direct-marketing purpose is marketing whatever the flag says (AVG art. 21 lid 3 looks
      // at the purpose), so the engine's answer is the same: decide once.
      const plainCell = purpose.directMarketing ? commercialCell : decide(false);
      cells[cellOf(p, channel, false)] = plainCell;
      cells[cellOf(p, channel, true)] = commercialCell;
    }
  });
  return { cells, validUntil: decisionHorizon(contact, grid, at) };
}

/**
 * The first moment after `at` at which time alone could change a decision about this contact.
 * Every period in the rules runs from a date in the facts: a number of days (consent lifetimes)
 * or calendar months (the first-call window, the customer windows) after it; and every fact starts
 * or ends at a date of its own; and the law itself changes on the dates of its versions. A rule
 * may compare inclusively or exclusively, so both the instant and the millisecond after it are
 * candidates. Taking every period from every date is more than needed, never less: a horizon that
 * comes too early costs a re-decision, one that comes too late would be a wrong answer.
 */
export function decisionHorizon(contact: ContactFacts, grid: DecisionGrid, at: Date): Date | null {
  const { days, months } = periodsOf(grid);
  const after = at.getTime();
  let first = Infinity;
  const consider = (t: number) => {
    if (t > after && t < first) first = t;
    if (t + 1 > after && t + 1 < first) first = t + 1;
  };
  for (const version of RULE_SET_VERSIONS.NL) consider(version.effectiveFrom.getTime());
  for (const date of datesIn(contact)) {
    consider(date.getTime());
    for (const n of days) consider(addDays(date, n).getTime());
    for (const n of months) consider(addMonths(date, n).getTime());
  }
  return first === Infinity ? null : new Date(first);
}

function periodsOf({ settings, purposes }: DecisionGrid): { days: number[]; months: number[] } {
  const days = [settings.consentLifetimeDays, ...Object.values(settings.channelConsentLifetimeDays ?? {})];
  const months = [
    settings.phoneFirstCallMonths,
    settings.customerExceptionMonthsAfterEnd,
    settings.oneTimeBuyerExceptionMonths,
    settings.formerCustomerCallMonths,
    ...purposes.map((p) => p.firstCallMonths),
  ];
  const distinct = (xs: (number | null | undefined)[]) => [...new Set(xs.filter((x): x is number => x != null))];
  return { days: distinct(days), months: distinct(months) };
}

/** Every date anywhere in the facts, however deep: a fact added to the model later is covered
 *  without anyone having to remember this function. */
function datesIn(value: unknown, out: Date[] = []): Date[] {
  if (value instanceof Date) out.push(value);
  else if (Array.isArray(value)) for (const v of value) datesIn(v, out);
  else if (value !== null && typeof value === "object") for (const v of Object.values(value)) datesIn(v, out);
  return out;
}
