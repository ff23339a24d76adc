import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { PERMISSION_KEYS } from "@/domain/access/permissions";
import { requirePermission } from "./auth/authorize";
import { getAuditContext } from "./auth/current-user";
import { getLocale } from "next-intl/server";
import { inLanguage, isAppError, type AppError, type ErrorCode, type FieldProblem } from "./errors";
import { logger } from "./logger";

export type ActionServerError = {
  code: ErrorCode | "INTERNAL";
  message: string;
  key?: string;
  fields?: FieldProblem[];
};

/** An expected error as the form shows it: a refusal by the law's rules in the user's language. */
async function toActionError(error: AppError): Promise<ActionServerError> {
  const { message, fields } = inLanguage(error, await getLocale());
  return { code: error.code, message, key: error.key, fields };
}

/**
 * The one client every server action is built from: input schema -> role check ->
 * one service call. The required permission is metadata, and metadata is mandatory, so an action
 * that forgets to name its permission fails instead of running unchecked.
 */
const baseClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ permission: z.enum(PERMISSION_KEYS), name: z.string() }),
  async handleServerError(error, { metadata }): Promise<ActionServerError> {
    if (isAppError(error)) return toActionError(error);
    logger.error("action failed", { action: metadata?.name, error });
    return { code: "INTERNAL", message: "Something went wrong. Nothing was saved; please try again." };
  },
});

export const actionClient = baseClient.use(async ({ next, metadata }) => {
  const user = await requirePermission(metadata.permission);
  const audit = await getAuditContext();
  return next({ ctx: { user, audit } });
});

/**
 * For the few actions that run without a signed-in user (first-run setup, public pages). Each such
 * action checks its own precondition (no user exists yet; a valid signed token) as its first step.
 */
export const publicActionClient = createSafeActionClient({
  async handleServerError(error): Promise<ActionServerError> {
    if (isAppError(error)) return toActionError(error);
    logger.error("public action failed", { error });
    return { code: "INTERNAL", message: "Something went wrong. Nothing was saved; please try again." };
  },
});
