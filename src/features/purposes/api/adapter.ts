import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { createPurpose } from "../services/create-purpose";
import { findPurposes } from "../services/find-purposes";
import { PURPOSE_FIELD_NAMES, type TApiCreatePurpose } from "./schemas";
import { iso } from "@/server/http/api/common";
import { withApiFieldNames } from "@/server/http/api/rename-fields";

type PurposeRow = Awaited<ReturnType<typeof findPurposes>>[number];

export function toApiPurpose(p: PurposeRow) {
  return {
    id: p.id,
    key: p.key,
    name: { nl: p.nameNl, en: p.nameEn },
    notice: p.currentNotice
      ? { nl: p.currentNotice.textNl, en: p.currentNotice.textEn, version: p.currentNotice.version }
      : null,
    version: p.currentVersion,
    directMarketing: p.directMarketing,
    channels: p.channels,
    dpvPurpose: p.dpvPurpose,
    similarProductsOnly: p.similarProductsOnly,
    active: p.active,
    createdAt: iso(p.createdAt),
  };
}

export async function listPurposes(db: Db) {
  return { results: (await findPurposes(db)).map(toApiPurpose) };
}

export async function createPurposeFromApi(db: Db, ctx: AuditContext, body: TApiCreatePurpose) {
  const created = await withApiFieldNames(PURPOSE_FIELD_NAMES, () =>
    createPurpose(db, ctx, {
      key: body.key,
      nameNl: body.name.nl,
      nameEn: body.name.en,
      textNl: body.notice.nl,
      textEn: body.notice.en,
      directMarketing: body.directMarketing,
      channels: body.channels,
      dpvPurpose: body.dpvPurpose,
      similarProductsOnly: body.similarProductsOnly,
    }),
  );
  const { notices, ...purpose } = await db.purpose.findUniqueOrThrow({
    where: { id: created.id },
    include: { notices: { orderBy: { version: "desc" }, take: 1 } },
  });
  return toApiPurpose({ ...purpose, currentNotice: notices[0] ?? null });
}
