import type { Db } from "@/server/db";
import { findPurposes } from "@/features/purposes";

/** Purposes a form can offer (active, by e-mail, with a notice text), with the notice in the UI language. */
export async function findOfferablePurposes(db: Db, language: string) {
  const purposes = await findPurposes(db, { activeOnly: true });
  return purposes
    .filter((p) => p.channels.includes("email") && p.currentNotice)
    .map((p) => ({
      key: p.key,
      name: language === "en" ? p.nameEn : p.nameNl,
      notice: (language === "en" ? p.currentNotice?.textEn : p.currentNotice?.textNl) ?? "",
      offersPhone: p.channels.includes("phone"),
    }));
}
