import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, Card } from "@/components/ui/card";
import type { ContactCandidate, RectifiableContact } from "../services/find-contact-candidates";
import type { RequestDetail } from "../services/get-request";
import { ContactLinker } from "./contact-linker";
import { VerifyForm } from "./verify-form";
import { ExtendForm } from "./extend-form";
import { ExecutePanel } from "./execute-panel";
import { RectifyForm } from "./rectify-form";
import { ExecutionSummary } from "./execution-summary";
import { DisclosureLinks } from "./disclosure-links";
import { CloseForm } from "./close-form";

type Props = {
  request: RequestDetail;
  suggestions: ContactCandidate[];
  rectifiable: RectifiableContact[];
  letter: string;
  letterLanguage: "nl" | "en";
  now: string;
};

/**
 * The workflow on one page, in the order the law sets: link the person, verify identity
 * (art. 12 lid 6), extend if needed (art. 12 lid 3), execute (art. 15-21), answer and close.
 */
export async function RequestSteps({ request, suggestions, rectifiable, letter, letterLanguage, now }: Props) {
  const t = await getTranslations("requests");
  const format = await getFormatter();
  const closed = request.status === "closed" || request.status === "rejected";
  const executed = request.status === "executed" || (closed && request.executedAt !== null);
  const verified = request.verifiedAt !== null;
  const erased = request.type === "erasure" && executed;
  return (
    <div className="space-y-6">
      <Card title={t("steps.contactsTitle")}>
        {erased ? (
          <p className="text-sm text-slate-600">{t("steps.contactsErased")}</p>
        ) : (
          <ContactLinker
            requestId={request.id}
            linked={request.contacts}
            suggestions={suggestions}
            locked={closed || executed}
          />
        )}
      </Card>
      <Card title={t("steps.verifyTitle")}>
        {verified ? (
          <p className="text-sm text-green-800">{t("steps.verifiedDone")}</p>
        ) : closed ? (
          <p className="text-sm">{t("steps.notApplicable")}</p>
        ) : (
          <VerifyForm requestId={request.id} />
        )}
      </Card>
      {!closed && !executed && request.extension.allowed && (
        <Card title={t("steps.extendTitle")}>
          <ExtendForm requestId={request.id} remainingMonths={request.extension.remainingMonths} />
        </Card>
      )}
      <Card title={t("steps.executeTitle", { article: t(`enums.requestTypeArticle.${request.type}`) })}>
        <div className="space-y-4">
          {!verified && !closed && <Alert tone="amber">{t("errors.notVerified")}</Alert>}
          {verified && !executed && !closed && request.type !== "rectification" && (
            <ExecutePanel
              requestId={request.id}
              type={request.type}
              linkedCount={request.contacts.length}
              processors={request.processors.map((p) => p.name)}
            />
          )}
          {verified &&
            !closed &&
            request.type === "rectification" &&
            (rectifiable.length === 0 ? (
              <Alert tone="amber">{t("errors.noContactsLinked")}</Alert>
            ) : (
              rectifiable.map((c) => <RectifyForm key={c.id} requestId={request.id} contact={c} />)
            ))}
          {verified &&
            (request.type === "access" || request.type === "portability") &&
            request.status !== "rejected" && <DisclosureLinks requestId={request.id} type={request.type} />}
          {request.executionSummary && (
            <ExecutionSummary
              requestId={request.id}
              summary={request.executionSummary as never}
              notifications={request.processorNotifications}
            />
          )}
        </div>
      </Card>
      <Card title={t("steps.closeTitle")}>
        {closed ? (
          <div className="space-y-2 text-sm" data-testid="response">
            <p>
              {t("steps.closedOn", {
                outcome: t(`enums.status.${request.status}`),
                via: t(`enums.responseChannel.${request.responseSentVia}`),
                date: request.responseSentAt ? format.dateTime(request.responseSentAt, "long") : "",
              })}
            </p>
            <pre className="whitespace-pre-wrap rounded-md bg-slate-50 p-3 font-sans">{request.responseText}</pre>
          </div>
        ) : (
          <CloseForm
            key={`${request.status}-${request.executedAt?.toISOString() ?? ""}`}
            requestId={request.id}
            executed={executed}
            initialText={letter}
            initialLanguage={letterLanguage}
            defaultSentAt={now}
          />
        )}
      </Card>
    </div>
  );
}
