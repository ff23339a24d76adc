import { z } from "zod";
import { ROLES } from "@/domain/vocabulary";
import { MIN_PASSWORD_LENGTH } from "@/server/auth/password";

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.email" }));
export const ZPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" })
  .max(200, { error: "validation.tooLong" });

export const ZCreateUserInput = z.object({
  name: z.string().trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
  email: ZEmail,
  role: z.enum(ROLES),
  password: ZPassword,
});
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

/** First-run setup creates an administrator; the role is not a choice there. */
export const ZCreateFirstAdminInput = ZCreateUserInput.omit({ role: true });
export type TCreateFirstAdminInput = z.infer<typeof ZCreateFirstAdminInput>;

export const ZUserIdInput = z.object({ userId: z.uuid() });
export const ZChangeUserRoleInput = ZUserIdInput.extend({ role: z.enum(ROLES) });
export type TChangeUserRoleInput = z.infer<typeof ZChangeUserRoleInput>;
export const ZResetPasswordInput = ZUserIdInput.extend({ password: ZPassword });

/** What the UI may see of a user: never the password hash. */
export const userListSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  active: true,
  createdAt: true,
  deactivatedAt: true,
} as const;
