import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { requirePagePermission } from "@/server/auth/authorize";
import { Card, PageHeader } from "@/components/ui/card";
import { findApiKeys } from "@/features/api-keys/services/find-api-keys";
import { ApiKeyTable } from "@/features/api-keys/components/api-key-table";
import { CreateApiKeyForm } from "@/features/api-keys/components/create-api-key-form";

export async function generateMetadata() {
  return { title: (await getTranslations("apiKeys"))("title") };
}

export default async function ApiKeysPage() {
  await requirePagePermission("api-keys:manage");
  const t = await getTranslations("apiKeys");
  const keys = await findApiKeys(await getDb());
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t.rich("description", {
          docs: (chunks) => (
            <Link href="/api-docs" className="text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" title={t("listTitle", { count: keys.length })}>
          <ApiKeyTable
            keys={keys.map((k) => ({
              id: k.id,
              name: k.name,
              prefix: k.prefix,
              scopes: k.scopes,
              createdAt: k.createdAt.toISOString(),
              createdByName: k.createdByName,
              lastUsedAt: iso(k.lastUsedAt),
              revokedAt: iso(k.revokedAt),
            }))}
          />
        </Card>
        <Card title={t("createTitle")}>
          <CreateApiKeyForm />
        </Card>
      </div>
    </>
  );
}
