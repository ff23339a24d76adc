import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/domain/access/permissions";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { buttonClass } from "@/components/ui/button";
import { Alert, Card, PageHeader } from "@/components/ui/card";
import { getContact } from "@/features/contacts/services/get-contact";
import { ContactDetailsView } from "@/features/contacts/components/contact-details";
import { ConsentStates } from "@/features/contacts/components/consent-states";
import { getContactTimeline } from "@/features/consents/services/get-contact-timeline";
import { getContactActivity } from "@/features/consents/services/get-contact-activity";
import { Timeline } from "@/features/consents/components/timeline";
import { AwaitingConfirmation } from "@/features/consents/components/awaiting-confirmation";
import { ContactActions } from "@/features/consents/components/contact-actions";
import { EligibilityPanel } from "@/features/outreach/components/eligibility-panel";
import { getEligibility } from "@/features/outreach";
import { AtAGlance } from "@/features/contacts/components/at-a-glance";
import { readTimeTravel } from "@/features/outreach/time-travel";
import { LegalHoldCard } from "@/features/retention/components/legal-hold-card";
import { NoticeStatusCard } from "@/features/notices/components/notice-status-card";
import { tagOptions, tagsOfContacts, TagBadges } from "@/features/tags";
import { ContactTagEditor } from "@/features/tags/client";

export default async function ContactPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePagePermission("contacts:read");
  const { id } = await params;
  const travel = readTimeTravel(await searchParams);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const db = await getDb();
  const [contact, timeline, activity] = await Promise.all([
    getContact(db, id),
    getContactTimeline(db, id),
    getContactActivity(db, id),
  ]);
  if (!contact) notFound();
  const canTag = can(user.role, "contacts:tag");
  const [tags, allTags] = await Promise.all([
    tagsOfContacts(db, [id]).then((m) => m.get(id) ?? []),
    canTag ? tagOptions(db) : [],
  ]);
  // The rules engine's answer for the summary at the top (the panel below explains it in full).
  const eligibility = can(user.role, "eligibility:read") ? await getEligibility(db, id) : null;
  const t = await getTranslations("contacts");
  const locale = await getLocale();
  const restriction = contact.restrictions[0] ?? null;
  const may = {
    withdraw: can(user.role, "consents:withdraw"),
    object: can(user.role, "objections:record"),
    restrict: can(user.role, "restrictions:manage"),
    relationships: can(user.role, "relationships:manage"),
    bases: can(user.role, "bases:manage"),
  };
  const purposes = contact.consentStates.map(({ purpose }) => ({
    key: purpose.key,
    name: locale === "nl" ? purpose.nameNl : purpose.nameEn,
    channels: purpose.channels,
  }));
  return (
    <>
      <Link href="/contacts" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <PageHeader
        title={`${contact.firstName} ${contact.lastName}`}
        description={[contact.jobTitle, contact.company?.name].filter(Boolean).join(" · ") || undefined}
        actions={
          <>
            {can(user.role, "consents:record") && (
              <Link href={`/opt-in?contact=${contact.id}`} className={buttonClass("primary")}>
                {t("logOptIn")}
              </Link>
            )}
            {can(user.role, "contacts:write") && (
              <Link href={`/contacts/${contact.id}/edit`} className={buttonClass("secondary")}>
                {t("edit")}
              </Link>
            )}
          </>
        }
      />
      {eligibility && <AtAGlance eligibility={eligibility} consentStates={contact.consentStates} />}
      <div className="mb-4 space-y-2">
        {restriction && <Alert>{t("restricted", { reason: restriction.reason })}</Alert>}
        {contact.objections.map((o) => (
          <Alert key={o.id}>{t(`objected.${o.scope}`)}</Alert>
        ))}
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t("details")}>
            <ContactDetailsView contact={contact} />
          </Card>
          <AwaitingConfirmation events={timeline} contactId={contact.id} canSend={can(user.role, "consents:record")} />
          <Card title={t("consentPerPurpose")}>
            <ConsentStates states={contact.consentStates} />
          </Card>
          {/* "May we mail/call this person, and why?" — the rules engine per purpose and channel. */}
          <section id="eligibility" aria-label={t("eligibility")}>
            <EligibilityPanel contactId={contact.id} travel={travel} />
          </section>
          <Card title={t("timeline")}>
            <Timeline
              events={timeline}
              activity={activity}
              contactId={contact.id}
              canCorrect={can(user.role, "consents:correct")}
            />
          </Card>
        </div>
        <div className="space-y-6">
          {/* AVG art. 14: was the person told where we got their data, or by when must they be? */}
          <Card title={t("tags")} className="h-fit">
            {canTag ? (
              <ContactTagEditor contactId={contact.id} tags={tags} allTags={allTags} />
            ) : tags.length > 0 ? (
              <TagBadges tags={tags} label={t("tags")} />
            ) : (
              <p className="text-sm text-slate-500">{t("noTags")}</p>
            )}
          </Card>
          <NoticeStatusCard db={db} contactId={contact.id} canRecord={can(user.role, "notices:record")} />
          {Object.values(may).some(Boolean) && (
            <Card title={t("actions")} className="h-fit">
              <ContactActions
                contactId={contact.id}
                purposes={purposes}
                activeRestrictionId={restriction?.id ?? null}
                can={may}
              />
            </Card>
          )}
          {can(user.role, "retention:manage") && <LegalHoldCard contactId={contact.id} />}
        </div>
      </div>
    </>
  );
}
