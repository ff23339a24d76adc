import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

/** Where the verified requester's copy is: report page and PDF (art. 15), JSON and CSV (art. 20). */
export async function DisclosureLinks({ requestId, type }: { requestId: string; type: "access" | "portability" }) {
  const t = await getTranslations("requests");
  const base = `/requests/${requestId}`;
  return (
    <div className="flex flex-wrap gap-2">
      <Link className={buttonClass("secondary")} href={`${base}/report?lang=nl`}>
        {t("links.reportNl")}
      </Link>
      <Link className={buttonClass("secondary")} href={`${base}/report?lang=en`}>
        {t("links.reportEn")}
      </Link>
      <a className={buttonClass("secondary")} href={`${base}/report/pdf?lang=nl`} download>
        {t("links.pdfNl")}
      </a>
      <a className={buttonClass("secondary")} href={`${base}/report/pdf?lang=en`} download>
        {t("links.pdfEn")}
      </a>
      {type === "portability" && (
        <>
          <a className={buttonClass("secondary")} href={`${base}/export?format=json`} download>
            {t("links.json")}
          </a>
          <a className={buttonClass("secondary")} href={`${base}/export?format=csv`} download>
            {t("links.csv")}
          </a>
        </>
      )}
    </div>
  );
}
