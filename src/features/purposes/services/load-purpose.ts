import { Prisma } from "@generated/prisma/client";
import type { PurposeFacts } from "@/domain/outreach";
import type { Db, Tx } from "@/server/db";
import { AppError } from "@/server/errors";

/** A purpose as the outreach rules and the screens around them use it. */
export type LoadedPurpose = PurposeFacts & { id: string; nameNl: string; nameEn: string; active: boolean };

/**
 * The one way a purpose is loaded for a decision or a consent: what the rules engine needs
 * (PurposeFacts), its names, and the notice versions that exist for it, oldest first, against
 * which a consent's notice version is checked (AVG art. 7 lid 1: show what the person was told).
 */
const base = {
  id: true,
  key: true,
  nameNl: true,
  nameEn: true,
  directMarketing: true,
  channels: true,
  similarProductsOnly: true,
  firstCallMonths: true,
  active: true,
} as const;
// The same select plus the notice versions; a decision does not need them, and on the eligibility
// path every query counts, so only consents ask for them.
const withNotices = {
  ...base,
  notices: { select: { id: true, version: true, createdAt: true }, orderBy: { version: "asc" } },
} as const;

// `base` as one JSON object of a purpose p (the JSON forms below).
const purposeJson = Prisma.sql`json_build_object(${Prisma.join(
  Object.keys(base).map((f) => Prisma.raw(`'${f}', p."${f}"`)),
  ", ",
)})`;

type Loaded = NonNullable<Awaited<ReturnType<typeof loadPurposeWithNotices>>>;
export type PurposeWithNotices = LoadedPurpose & { notices: Loaded["notices"] };

function loadPurpose(db: Pick<Db, "purpose"> | Tx, where: { key: string } | { id: string }) {
  return db.purpose.findUnique({ where, select: base });
}

function loadPurposeWithNotices(db: Pick<Db, "purpose"> | Tx, where: { key: string } | { id: string }) {
  return db.purpose.findUnique({ where, select: withNotices });
}

/** The purpose a decision is asked for by key (the eligibility API): 404 when there is none. */
export async function getPurposeByKey(db: Pick<Db, "purpose">, key: string): Promise<LoadedPurpose> {
  return purposeOrNotFound(await loadPurpose(db, { key }), key);
}

/** What getPurposeByKey answers for a purpose read some other way (purposeByKeyJsonSql): 404 when there is none. */
export function purposeOrNotFound(p: LoadedPurpose | null, key: string): LoadedPurpose {
  if (!p)
    throw new AppError("NOT_FOUND", `Purpose "${key}" does not exist.`, { key: "outreach.errors.purposeNotFound" });
  return p;
}

/**
 * The same fields as loadPurpose, as one JSON value (null when there is no such purpose), for a
 * statement that reads the purpose beside other things: a single eligibility decision reads it in
 * the statement that reads the contact's facts. The columns are those of `base`, so both forms
 * cannot drift apart; none is a timestamp, so the JSON decodes to the client's values.
 */
export function purposeByKeyJsonSql(key: string): Prisma.Sql {
  return Prisma.sql`SELECT ${purposeJson} FROM "Purpose" p WHERE p.key = ${key}`;
}

/**
 * Every purpose, archived ones included, as findAllPurposes reads them but ordered by key (the
 * order of findActivePurposes), as one JSON array: for a statement that reads the purposes beside
 * a contact's facts (the eligibility grid, the preference page).
 */
export function purposesJsonSql(): Prisma.Sql {
  return Prisma.sql`SELECT coalesce(json_agg(${purposeJson} ORDER BY p.key), '[]'::json) FROM "Purpose" p`;
}

/**
 * The notice text in force for each purpose that has one (its highest version), as one JSON object
 * { [purposeId]: { nl, en } }: what a person reads next to a consent switch, and so what switching
 * it on consents to (consent is informed, AVG art. 4 lid 11). Read for each visit, never kept: a
 * new version counts at once.
 */
export function currentNoticeTextsJsonSql(): Prisma.Sql {
  return Prisma.sql`SELECT coalesce(json_object_agg(n."purposeId", json_build_object('nl', n."textNl", 'en', n."textEn")), '{}'::json)
    FROM (SELECT DISTINCT ON ("purposeId") "purposeId", "textNl", "textEn" FROM "PurposeNotice" ORDER BY "purposeId", version DESC) n`;
}

/** The purpose a campaign, mailing or call names by id: 404 when there is none. */
export async function getPurposeById(db: Pick<Db, "purpose">, id: string): Promise<LoadedPurpose> {
  const p = await loadPurpose(db, { id });
  if (!p) throw new AppError("NOT_FOUND", "This purpose does not exist.", { key: "outreach.errors.purposeNotFound" });
  return p;
}

/**
 * The purpose a consent names by key, with the notice versions that exist for it. An unknown key
 * is the caller's input that is wrong, so it answers as invalid input naming the field `purpose`.
 */
export async function resolvePurposeByKey(db: Pick<Db, "purpose"> | Tx, key: string): Promise<PurposeWithNotices> {
  const purpose = await loadPurposeWithNotices(db, { key });
  if (!purpose) {
    const message = `There is no purpose with the key "${key}".`;
    throw new AppError("INVALID_INPUT", message, {
      key: "consents.errors.unknownPurpose",
      fields: [{ field: "purpose", message, key: "consents.errors.unknownPurpose" }],
    });
  }
  return purpose;
}

export async function findActivePurposes(db: Pick<Db, "purpose">): Promise<LoadedPurpose[]> {
  return db.purpose.findMany({ where: { active: true }, select: base, orderBy: { key: "asc" } });
}

/** Every purpose, archived ones included, in a fixed order (by id): the stored decisions keep a
 *  cell per purpose, and a campaign may still name an archived one. */
export async function findAllPurposes(db: Pick<Db, "purpose">): Promise<LoadedPurpose[]> {
  return db.purpose.findMany({ select: base, orderBy: { id: "asc" } });
}
