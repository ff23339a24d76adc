import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { getOutboxMessage } from "@/features/outbox/services/find-outbox";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

/** One kept message as it would have been sent: headers (incl. List-Unsubscribe) and text. The HTML
 *  part is not rendered here, only shown as source: it is the marketer's content, not ours. */
export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("outbox:read");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const m = await getOutboxMessage(await getDb(), id);
  if (!m) notFound();
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const headers = Object.entries((m.headers ?? {}) as Record<string, string>);
  return (
    <>
      <PageHeader
        title={m.subject || t("noSubject")}
        actions={
          <Link href="/outbox" className="rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 hover:bg-slate-50">
            {t("back")}
          </Link>
        }
      />
      <Card>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">{t("from")}</dt>
          <dd>{m.fromAddress}</dd>
          <dt className="font-medium">{t("toLabel")}</dt>
          <dd>{m.toAddress}</dd>
          <dt className="font-medium">{t("date")}</dt>
          <dd>{format.dateTime(m.createdAt, "long")}</dd>
          {headers.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium">{k}</dt>
              <dd className="break-all font-mono text-xs">{v}</dd>
            </div>
          ))}
        </dl>
        <h2 className="mt-6 text-sm font-semibold">{t("text")}</h2>
        <pre className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-sm" data-testid="outbox-text">
          {m.text}
        </pre>
        {m.html && (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-semibold">{t("html")}</summary>
            <pre className="mt-2 whitespace-pre-wrap rounded-md bg-slate-50 p-3 text-xs">{m.html}</pre>
          </details>
        )}
      </Card>
    </>
  );
}
