/**
 * The art. 14 notice as it goes to a particular person: the organisation's template (settings,
 * Dutch and English; the product's default while it is empty) filled with the controller, the
 * contact's own source, the purposes, and where to object. In the person's language when we know
 * it, in both (Dutch first) when we do not.
 */
import type { Db } from "@/server/db";
import { env } from "@/server/env";
import { describeSource, noticeTemplate, renderNotice, type NoticeLanguage } from "@/domain/notices";
import type { ContactLanguage, SourceType } from "@/domain/vocabulary";

type Query = Pick<Db, "organisationSettings" | "purpose" | "contact">;

export type ComposedNotice = {
  contactId: string;
  /** The language the person reads; null = not known (the text then carries both). */
  language: ContactLanguage | null;
  /**
   * The text. `preferences` is the link to the person's own preference page (e-mail: made by the
   * mail gate, as it is personal); without one, the public page where they can ask for it.
   * `lang` forces one language (a caller speaking with the person).
   */
  text: (opts?: { preferences?: string; lang?: NoticeLanguage }) => string;
};

/** The public preference page, where anyone can ask for the link to their own choices by e-mail. */
export const publicPreferencesUrl = () => `${env.APP_URL.replace(/\/$/, "")}/p`;

export type NoticeSettings = {
  organisationName: string;
  controllerEmail: string;
  controllerPhone: string;
  controllerAddress: string;
  privacyPolicyUrl: string;
  art14NoticeNl: string;
  art14NoticeEn: string;
};

/** The texts for these contacts, in three queries whatever their number. */
export async function composeArt14Notices(db: Query, contactIds: string[]): Promise<Map<string, ComposedNotice>> {
  if (contactIds.length === 0) return new Map();
  const [settings, purposes, contacts] = await Promise.all([
    db.organisationSettings.findUnique({
      where: { id: 1 },
      select: {
        organisationName: true,
        controllerEmail: true,
        controllerPhone: true,
        controllerAddress: true,
        privacyPolicyUrl: true,
        art14NoticeNl: true,
        art14NoticeEn: true,
      },
    }),
    db.purpose.findMany({
      where: { active: true },
      select: { nameNl: true, nameEn: true },
      orderBy: { nameNl: "asc" },
    }),
    db.contact.findMany({
      where: { id: { in: contactIds } },
      select: { id: true, sourceType: true, sourceDetail: true, language: true },
    }),
  ]);
  const out = new Map<string, ComposedNotice>();
  for (const c of contacts) out.set(c.id, composeOne(settings ?? EMPTY_SETTINGS, purposes, c));
  return out;
}

const EMPTY_SETTINGS: NoticeSettings = {
  organisationName: "",
  controllerEmail: "",
  controllerPhone: "",
  controllerAddress: "",
  privacyPolicyUrl: "",
  art14NoticeNl: "",
  art14NoticeEn: "",
};

export function composeOne(
  s: NoticeSettings,
  purposes: { nameNl: string; nameEn: string }[],
  c: { id: string; sourceType: SourceType; sourceDetail: string | null; language: string | null },
): ComposedNotice {
  const language: ContactLanguage | null = c.language === "nl" || c.language === "en" ? c.language : null;
  const contact = [s.controllerEmail, s.controllerPhone, s.controllerAddress].map((v) => v.trim()).filter(Boolean);
  const one = (lang: NoticeLanguage, preferences: string) =>
    renderNotice(noticeTemplate(lang === "nl" ? s.art14NoticeNl : s.art14NoticeEn, lang), {
      organisation: s.organisationName,
      contact: contact.join(", "),
      source: describeSource(c.sourceType, c.sourceDetail, lang),
      purposes: purposes.map((p) => (lang === "nl" ? p.nameNl : p.nameEn)).join(", "),
      preferences,
      privacyPolicy: s.privacyPolicyUrl,
    });
  return {
    contactId: c.id,
    language,
    text: (opts = {}) => {
      const preferences = opts.preferences ?? publicPreferencesUrl();
      const lang = opts.lang ?? language;
      return lang ? one(lang, preferences) : `${one("nl", preferences)}\n\n${one("en", preferences)}`;
    },
  };
}
