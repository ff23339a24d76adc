import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { isAppError } from "@/server/errors";
import { Card, PageHeader } from "@/components/ui/card";
import { getRequest } from "@/features/requests/services/get-request";
import {
  findContactCandidates,
  findContactsForRectification,
} from "@/features/requests/services/find-contact-candidates";
import { draftResponseLetter } from "@/features/requests/services/draft-response-letter";
import { toDateTimeLocal } from "@/features/requests/date-time-local";
import { RequestFacts } from "@/features/requests/components/request-facts";
import { RequestSteps } from "@/features/requests/components/request-steps";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("detail.title") };
}

/** One request: its facts and the steps to handle it. Privacy officer and admin only. */
export default async function RequestPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("requests:manage");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = await getDb();
  const request = await getRequest(db, id.data).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("requests");
  const language = (await getLocale()) === "en" ? "en" : "nl";
  const closed = request.status === "closed" || request.status === "rejected";
  const linkedIds = new Set(request.contacts.map((c) => c.id));
  const [suggestions, rectifiable, letter] = await Promise.all([
    closed
      ? []
      : findContactCandidates(db, [request.requesterEmail, request.requesterPhone, request.requesterName]).then((cs) =>
          cs.filter((c) => !linkedIds.has(c.id)),
        ),
    request.type === "rectification" ? findContactsForRectification(db, [...linkedIds]) : [],
    closed
      ? ""
      : draftResponseLetter(db, {
          requestId: request.id,
          language,
          outcome: request.status === "executed" ? "answered" : "rejected",
          signer: user.name,
        }),
  ]);
  return (
    <>
      <PageHeader
        title={t("detail.heading", { type: t(`enums.requestType.${request.type}`) })}
        description={t(`detail.intro.${request.type}`)}
        actions={
          <Link href="/requests" className="text-sm text-brand-800 underline">
            {t("detail.back")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("detail.factsTitle")} className="lg:col-span-1">
          <RequestFacts request={request} />
        </Card>
        <div className="lg:col-span-2">
          <RequestSteps
            request={request}
            suggestions={suggestions}
            rectifiable={rectifiable}
            letter={letter}
            letterLanguage={language}
            now={toDateTimeLocal(new Date())}
          />
        </div>
      </div>
    </>
  );
}
