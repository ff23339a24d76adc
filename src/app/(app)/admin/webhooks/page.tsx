import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findWebhookDeliveries, findWebhookEndpoints } from "@/features/webhooks/services/find-webhooks";
import { CreateWebhookForm } from "@/features/webhooks/components/create-webhook-form";
import { WebhookEndpointList } from "@/features/webhooks/components/webhook-endpoint-list";
import { DeliveryLog } from "@/features/webhooks/components/delivery-log";

export async function generateMetadata() {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhooksPage() {
  await requirePagePermission("webhooks:manage");
  const t = await getTranslations("webhooks");
  const db = await getDb();
  const [endpoints, deliveries] = await Promise.all([
    findWebhookEndpoints(db),
    findWebhookDeliveries(db, { limit: 100 }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t("listTitle", { count: endpoints.length })}>
          <WebhookEndpointList
            endpoints={endpoints.map((e) => ({
              id: e.id,
              url: e.url,
              events: e.events,
              active: e.active,
              createdAt: e.createdAt.toISOString(),
              pending: e.pending,
              failed: e.failed,
              delivered: e.delivered,
            }))}
          />
        </Card>
        <Card title={t("createTitle")}>
          <CreateWebhookForm />
        </Card>
        <Card className="lg:col-span-3" title={t("logTitle")}>
          <DeliveryLog
            deliveries={deliveries.map((d) => ({
              id: d.id,
              event: d.event,
              status: d.status,
              attempts: d.attempts,
              nextAttemptAt: d.nextAttemptAt.toISOString(),
              lastStatusCode: d.lastStatusCode,
              lastError: d.lastError,
              createdAt: d.createdAt.toISOString(),
              deliveredAt: d.deliveredAt?.toISOString() ?? null,
              url: d.endpoint.url,
            }))}
          />
        </Card>
      </div>
    </>
  );
}
