import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/server/auth/authorize";
import { can } from "@/domain/access/permissions";
import { API_SCOPE_KEYS } from "@/domain/access/api-scopes";
import { env } from "@/server/env";
import { PROBLEM_TYPES, problem, type ProblemCode } from "@/server/http/api/problem";
import { API_RATE_LIMIT } from "@/server/http/api/rate-limit";
import { Card, PageHeader } from "@/components/ui/card";
import { OperationCard } from "@/features/api/components/operation-card";
import { WEBHOOK_EVENTS } from "@/features/webhooks/events";
import { API_OPERATIONS } from "@/app/api/v1/_registry";

export async function generateMetadata() {
  return { title: (await getTranslations("api"))("title") };
}

const EXAMPLE_PROBLEM = {
  ...problem("INVALID_INPUT", "Invalid input: emails.0.address, source.type"),
  errors: [
    { field: "emails.0.address", message: "Enter a valid e-mail address." },
    { field: "source.type", message: 'Invalid option: expected one of "business_card"|"event"|...' },
  ],
};

/**
 * The API reference, rendered from the same registry as the routes and the OpenAPI document.
 * Every signed-in user may read it (marketers and sales set up integrations too).
 */
export default async function ApiDocsPage() {
  const user = await requirePagePermission("dashboard:view");
  const t = await getTranslations("api");
  const tk = await getTranslations("apiKeys");
  const tw = await getTranslations("webhooks");
  const base = new URL("/api/v1", env.APP_URL).toString();
  const tags = [...new Set(API_OPERATIONS.map((o) => o.tag))];
  const labels = {
    scope: t("scope"),
    anyKey: t("anyKey"),
    exampleRequest: t("exampleRequest"),
    exampleResponse: t("exampleResponse"),
    requestSchema: t("requestSchema"),
    responseSchema: t("responseSchema"),
    statuses: t("statuses"),
    query: t("query"),
  };
  const pre = "overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-4">
        <nav aria-label={t("contents")} className="hidden lg:block">
          <ul className="sticky top-4 space-y-1 text-sm">
            {["start", "scopes", "errors", "webhooks", ...tags].map((id) => (
              <li key={id}>
                <a href={`#${id}`} className="text-brand-700 hover:underline">
                  {["start", "scopes", "errors", "webhooks"].includes(id) ? t(`sections.${id}`) : id}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="space-y-6 lg:col-span-3">
          <Card title={<span id="start">{t("sections.start")}</span>}>
            <div className="space-y-3 text-sm">
              <p>
                {t("baseUrl")}: <code className="break-all font-mono text-xs">{base}</code>
              </p>
              <p>{t("auth")}</p>
              <pre className={pre}>{`curl -H "Authorization: Bearer grd_…" ${base}/purposes`}</pre>
              <p>
                {t("keys")}{" "}
                {can(user.role, "api-keys:manage") && (
                  <Link href="/admin/api-keys" className="text-brand-700 underline">
                    {t("manageKeys")}
                  </Link>
                )}
              </p>
              <p>{t("rateLimit", { limit: API_RATE_LIMIT.limit })}</p>
              <p>
                {t("openapi")}{" "}
                <a href="/api/v1/openapi.json" className="font-mono text-xs text-brand-700 underline">
                  /api/v1/openapi.json
                </a>
              </p>
            </div>
          </Card>
          <Card title={<span id="scopes">{t("sections.scopes")}</span>}>
            <dl className="space-y-2 text-sm">
              {API_SCOPE_KEYS.map((s) => (
                <div key={s}>
                  <dt>
                    <code className="font-mono text-xs">{s}</code>
                  </dt>
                  <dd className="text-slate-600">{tk(`scopeDescriptions.${s.replace(":", "_")}`)}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title={<span id="errors">{t("sections.errors")}</span>}>
            <div className="space-y-3 text-sm">
              <p>{t("errorsIntro")}</p>
              <pre className={pre}>{JSON.stringify(EXAMPLE_PROBLEM, null, 2)}</pre>
              <dl className="space-y-2">
                {(Object.keys(PROBLEM_TYPES) as ProblemCode[]).map((code) => (
                  <div key={code} id={`problem-${PROBLEM_TYPES[code].slug}`}>
                    <dt className="font-medium">
                      <span className="font-mono text-xs">{PROBLEM_TYPES[code].status}</span>{" "}
                      {PROBLEM_TYPES[code].title}
                    </dt>
                    <dd className="text-slate-600">{t(`problems.${code}`)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </Card>
          <Card title={<span id="webhooks">{t("sections.webhooks")}</span>}>
            <div className="space-y-3 text-sm">
              <p>{t("webhooksIntro")}</p>
              <ul className="list-inside list-disc">
                {WEBHOOK_EVENTS.map((e) => (
                  <li key={e}>
                    <code className="font-mono text-xs">{e}</code>: {tw(`eventDescriptions.${e.replace(".", "_")}`)}
                  </li>
                ))}
              </ul>
              <pre
                className={pre}
              >{`Grondslag-Signature: t=1763800000,v1=<hex HMAC-SHA256(secret, "1763800000.<body>")>`}</pre>
              <p>{t("webhooksVerify")}</p>
            </div>
          </Card>
          {tags.map((tag) => (
            <Card key={tag} title={<span id={tag}>{tag}</span>}>
              <div className="space-y-6">
                {API_OPERATIONS.filter((o) => o.tag === tag).map((op) => (
                  <OperationCard key={op.id} op={op} labels={labels} />
                ))}
              </div>
            </Card>
          ))}
        </div>
      </div>
    </>
  );
}
