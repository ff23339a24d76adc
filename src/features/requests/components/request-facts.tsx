import { getFormatter, getTranslations } from "next-intl/server";
import { requestReference } from "@/domain/requests";
import type { RequestDetail } from "../services/get-request";
import { DeadlineBadge } from "./deadline-badge";

/** The facts of one request: what, when, who asked and how to reach them, and who did what. */
export async function RequestFacts({ request }: { request: RequestDetail }) {
  const t = await getTranslations("requests");
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, "long") : null);
  const rows: [string, React.ReactNode][] = [
    // The reference the person was given with their receipt, so a question about it finds it here.
    [
      t("detail.reference"),
      <span key="ref" className="font-mono">
        {requestReference(request.id)}
      </span>,
    ],
    [t("detail.type"), `${t(`enums.requestType.${request.type}`)} (${t(`enums.requestTypeArticle.${request.type}`)})`],
    [t("detail.status"), t(`enums.status.${request.status}`)],
    [t("detail.receivedAt"), `${when(request.receivedAt)} · ${t(`enums.requestChannel.${request.channel}`)}`],
    [
      t("detail.dueAt"),
      <span key="due" className="inline-flex flex-wrap items-center gap-2">
        <span data-testid="request-due">{format.dateTime(request.dueAt, "short")}</span>
        <DeadlineBadge deadline={request.deadline} label={t(`enums.deadline.${request.deadline}`)} />
      </span>,
    ],
  ];
  if (request.extensionMonths > 0)
    rows.push([
      t("detail.extension"),
      t("detail.extensionValue", { months: request.extensionMonths, reason: request.extensionReason ?? "" }),
    ]);
  rows.push(
    [t("detail.requesterName"), request.requesterName ?? t("detail.erased")],
    [t("detail.requesterEmail"), request.requesterEmail ?? "—"],
    [t("detail.requesterPhone"), request.requesterPhone ?? "—"],
  );
  if (request.requesterDetails) rows.push([t("detail.requesterDetails"), request.requesterDetails]);
  rows.push([
    t("detail.registeredBy"),
    t("detail.byOn", { name: request.createdByName ?? t("detail.system"), date: when(request.createdAt) ?? "" }),
  ]);
  if (request.verifiedAt) {
    rows.push([
      t("detail.verified"),
      `${t(`enums.verificationMethod.${request.verificationMethod}`)} — ${t("detail.byOn", {
        name:
          request.verifiedByName ??
          (request.verificationMethod === "confirmed_email_link" ? t("detail.theRequester") : "—"),
        date: when(request.verifiedAt) ?? "",
      })}`,
    ]);
  }
  if (request.executedAt)
    rows.push([
      t("detail.executed"),
      t("detail.byOn", { name: request.executedByName ?? "—", date: when(request.executedAt) ?? "" }),
    ]);
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="whitespace-pre-line break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
