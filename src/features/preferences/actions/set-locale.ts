"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALES, LOCALE_COOKIE } from "@/i18n/config";

/** The language switch. A cookie, so it also works on the sign-in page and on public pages. */
export async function setLocaleAction(locale: string) {
  const parsed = z.enum(LOCALES).parse(locale);
  (await cookies()).set(LOCALE_COOKIE, parsed, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
}
