import "server-only";
import { getLocale } from "next-intl/server";
import { localiseError } from "./consent-error";

/**
 * Runs a service call from a server action; a refusal by the consent rules comes back in the
 * user's language (the rules carry Dutch and English texts with their citation).
 */
export async function inUserLanguage<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw localiseError(error, await getLocale());
  }
}
