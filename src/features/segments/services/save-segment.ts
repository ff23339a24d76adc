import { actorUserId, type AuditContext } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/db/connect";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import {
  ZCreateSegmentInput,
  ZSegmentIdInput,
  ZUpdateSegmentInput,
  type TCreateSegmentInput,
  type TSegmentIdInput,
  type TUpdateSegmentInput,
} from "../schemas";

/** Names are told apart case-insensitively: "Klanten" and "klanten" in one select would confuse. */
async function assertNameFree(tx: Tx, name: string, exceptId: string | null) {
  const clash = await tx.segment.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) {
    const message = `A segment named "${name}" already exists.`;
    throw new AppError("CONFLICT", message, {
      key: "segments.errors.nameTaken",
      fields: [{ field: "name", message, key: "segments.errors.nameTaken" }],
    });
  }
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v));

/** Which filters a segment uses (their names only: the audit trail holds no values that could name people). */
const filterKeys = (filter: object) => Object.keys(filter).sort();

export async function createSegment(db: Db, ctx: AuditContext, raw: TCreateSegmentInput) {
  const input = parseInput(ZCreateSegmentInput, raw);
  return db.$transaction(async (tx) => {
    await assertNameFree(tx, input.name, null);
    const segment = await tx.segment.create({
      data: {
        name: input.name,
        description: input.description,
        filter: json(input.filter),
        createdById: actorUserId(ctx),
      },
      select: { id: true },
    });
    await writeAuditEvent(tx, ctx, {
      action: "segment.created",
      target: { type: "segment", id: segment.id },
      metadata: { filters: filterKeys(input.filter) },
    });
    return segment;
  });
}

export async function updateSegment(db: Db, ctx: AuditContext, raw: TUpdateSegmentInput) {
  const input = parseInput(ZUpdateSegmentInput, raw);
  return db.$transaction(async (tx) => {
    await mustExist(tx, input.segmentId);
    await assertNameFree(tx, input.name, input.segmentId);
    await tx.segment.update({
      where: { id: input.segmentId },
      data: { name: input.name, description: input.description, filter: json(input.filter) },
    });
    await writeAuditEvent(tx, ctx, {
      action: "segment.updated",
      target: { type: "segment", id: input.segmentId },
      metadata: { filters: filterKeys(input.filter) },
    });
    return { id: input.segmentId };
  });
}

/** Campaigns made from the segment keep their own copy of its filter, so deleting it changes none. */
export async function deleteSegment(db: Db, ctx: AuditContext, raw: TSegmentIdInput) {
  const input = parseInput(ZSegmentIdInput, raw);
  return db.$transaction(async (tx) => {
    await mustExist(tx, input.segmentId);
    await tx.segment.delete({ where: { id: input.segmentId } });
    await writeAuditEvent(tx, ctx, { action: "segment.deleted", target: { type: "segment", id: input.segmentId } });
  });
}

async function mustExist(tx: Tx, id: string) {
  const found = await tx.segment.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND", "This segment does not exist.", { key: "segments.errors.notFound" });
}
