"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert, EmptyState } from "@/components/ui/card";
import { useFormErrors } from "@/components/ui/use-action-form";
import type { ContactCandidate } from "../services/find-contact-candidates";
import { findContactCandidatesAction } from "../actions/find-contact-candidates";
import { linkRequestContactAction } from "../actions/link-request-contact";
import { unlinkRequestContactAction } from "../actions/unlink-request-contact";

function Candidate({ c, action }: { c: ContactCandidate; action: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={`candidate-${c.id}`}>
      <div className="min-w-0">
        <div className="font-medium">
          {`${c.firstName} ${c.lastName}`}
          {c.companyName ? <span className="font-normal text-slate-500">{` · ${c.companyName}`}</span> : null}
        </div>
        <div className="break-all text-xs text-slate-500">{[...c.emails, ...c.phones].join(" · ")}</div>
      </div>
      {action}
    </li>
  );
}

/**
 * Which contacts the request is about. Suggestions come from the requester's e-mail, phone and
 * name; the officer can search further. Nobody linked = "we hold no data about you".
 */
export function ContactLinker({
  requestId,
  linked,
  suggestions,
  locked,
}: {
  requestId: string;
  linked: ContactCandidate[];
  suggestions: ContactCandidate[];
  locked: boolean;
}) {
  const t = useTranslations("requests");
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ContactCandidate[] | null>(null);
  const linkedIds = new Set(linked.map((c) => c.id));
  const shown = (results ?? suggestions).filter((c) => !linkedIds.has(c.id));
  const link = (contactId: string) =>
    start(async () => void fromResult(await linkRequestContactAction({ requestId, contactId })));
  const unlink = (contactId: string) =>
    start(async () => void fromResult(await unlinkRequestContactAction({ requestId, contactId })));
  const search = () =>
    start(async () => {
      const result = await findContactCandidatesAction({ query });
      if (fromResult(result)) setResults(result?.data ?? []);
    });
  return (
    <div className="space-y-4">
      {errors.form && <Alert>{errors.form}</Alert>}
      {linked.length === 0 ? (
        <EmptyState title={t("contacts.noneLinked")}>{t("contacts.noneLinkedHint")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t("contacts.linked")}>
          {linked.map((c) => (
            <Candidate
              key={c.id}
              c={c}
              action={
                !locked && (
                  <Button
                    variant="ghost"
                    disabled={pending}
                    onClick={() => unlink(c.id)}
                    aria-label={t("contacts.unlinkName", { name: `${c.firstName} ${c.lastName}` })}
                  >
                    {t("contacts.unlink")}
                  </Button>
                )
              }
            />
          ))}
        </ul>
      )}
      {!locked && (
        <div className="space-y-2 border-t border-slate-100 pt-4">
          <form
            className="flex flex-wrap gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              search();
            }}
          >
            <input
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t("contacts.searchPlaceholder")}
              aria-label={t("contacts.search")}
              className="min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm"
            />
            <Button type="submit" variant="secondary" disabled={pending || query.trim().length < 2}>
              {t("contacts.search")}
            </Button>
          </form>
          <p className="text-sm font-medium text-slate-700">
            {results ? t("contacts.results") : t("contacts.suggestions")}
          </p>
          {shown.length === 0 ? (
            <p className="text-sm text-slate-500">{t("contacts.noMatches")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {shown.map((c) => (
                <Candidate
                  key={c.id}
                  c={c}
                  action={
                    <Button
                      variant="secondary"
                      disabled={pending}
                      onClick={() => link(c.id)}
                      aria-label={t("contacts.linkName", { name: `${c.firstName} ${c.lastName}` })}
                    >
                      {t("contacts.link")}
                    </Button>
                  }
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
