import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { getAuditContext } from "@/server/auth/current-user";
import { isAppError } from "@/server/errors";
import { buttonClass } from "@/components/ui/button";
import { Alert, PageHeader } from "@/components/ui/card";
import { ZLetterLanguage } from "@/features/requests/schemas";
import { getAccessReport } from "@/features/requests/services/get-access-report";
import { AccessReportView } from "@/features/requests/components/access-report-view";

export async function generateMetadata() {
  return { title: (await getTranslations("requests"))("report.title") };
}

/** The access report as a page (AVG art. 15), in the language asked for; each view is audited. */
export default async function AccessReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ lang?: string }>;
}) {
  await requirePagePermission("requests:manage");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const language = ZLetterLanguage.parse((await searchParams).lang ?? "nl");
  const t = await getTranslations("requests");
  const back = (
    <Link href={`/requests/${id.data}`} className="text-sm text-brand-800 underline">
      {t("detail.backToRequest")}
    </Link>
  );
  let model;
  try {
    model = await getAccessReport(await getDb(), await getAuditContext(), {
      requestId: id.data,
      language,
      form: "html",
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error) && error.key)
      return (
        <>
          <PageHeader title={t("report.title")} actions={back} />
          <Alert>{t(error.key.replace(/^requests\./, ""))}</Alert>
        </>
      );
    throw error;
  }
  return (
    <>
      <PageHeader
        title={t("links.reportPageTitle")}
        actions={
          <>
            {back}
            <a className={buttonClass("secondary")} href={`/requests/${id.data}/report/pdf?lang=${language}`} download>
              {t(language === "nl" ? "links.pdfNl" : "links.pdfEn")}
            </a>
          </>
        }
      />
      <AccessReportView model={model} />
    </>
  );
}
