import type { Db } from "@/server/db";

/** The builder's list: every form with its current version. */
export async function findSignupForms(db: Db) {
  const forms = await db.signupForm.findMany({
    orderBy: { createdAt: "desc" },
    include: { versions: { orderBy: { version: "desc" }, take: 1 }, _count: { select: { signups: true } } },
  });
  return forms.map(({ versions, _count, ...f }) => ({ ...f, current: versions[0], signups: _count.signups }));
}

/**
 * What the hosted page shows: the form's current version and, per offered purpose, its name and
 * the current notice text with its version (the version the sign-up will record as shown).
 */
export async function getPublicSignupForm(db: Db, slug: string) {
  const form = await db.signupForm.findUnique({
    where: { slug },
    include: { versions: { orderBy: { version: "desc" }, take: 1 } },
  });
  const version = form?.versions[0];
  if (!form || !form.active || !version) return null;
  const purposes = await db.purpose.findMany({
    where: { key: { in: version.purposeKeys }, active: true },
    include: { notices: { orderBy: { version: "desc" }, take: 1 } },
  });
  const byKey = new Map(purposes.map((p) => [p.key, p]));
  return {
    id: form.id,
    slug: form.slug,
    name: form.name,
    version,
    purposes: version.purposeKeys
      .map((k) => byKey.get(k))
      .filter((p) => p !== undefined && p.notices.length > 0)
      .map((p) => ({
        key: p!.key,
        nameNl: p!.nameNl,
        nameEn: p!.nameEn,
        channels: p!.channels,
        notice: { version: p!.notices[0].version, textNl: p!.notices[0].textNl, textEn: p!.notices[0].textEn },
      })),
  };
}
export type PublicSignupForm = NonNullable<Awaited<ReturnType<typeof getPublicSignupForm>>>;
