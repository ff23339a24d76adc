import { AppError } from "@/server/errors";

/**
 * Sales staff may import the vCards of business cards they collected themselves, nothing else
 * (the permission matrix: imports:vcard without imports:run). `ownVcardsOf` is their user id.
 */
export type ImportScope = { ownVcardsOf?: string | null };

export function assertInScope(batch: { format: string; createdById: string | null }, scope: ImportScope = {}) {
  if (!scope.ownVcardsOf) return;
  if (batch.format !== "vcard" || batch.createdById !== scope.ownVcardsOf)
    throw new AppError("FORBIDDEN", "You may only import your own business cards (vCard).", {
      key: "imports.errors.onlyOwnVcards",
    });
}
