import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findOutboxMessages } from "@/features/outbox/services/find-outbox";
import { OutboxList } from "@/features/outbox/components/outbox-list";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requirePagePermission("outbox:read");
  const t = await getTranslations("outbox");
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .parse((await searchParams).page ?? 1);
  const data = await findOutboxMessages(await getDb(), page);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card title={t("count", { count: data.total })}>
        <OutboxList data={data} page={page} />
      </Card>
    </>
  );
}
