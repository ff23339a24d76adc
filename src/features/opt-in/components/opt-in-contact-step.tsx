"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { LEGAL_FORMS, type LegalForm } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";
import { searchContactsAction } from "@/features/contacts/client";
import { CardReader } from "./card-reader";

export type PickedContact = {
  id: string;
  name: string;
  company: string | null;
  email: string | null;
  phone: string | null;
};
export type NewCard = {
  firstName: string;
  lastName: string;
  companyName: string;
  legalForm: LegalForm;
  kvkNumber: string;
  jobTitle: string;
  email: string;
  phone: string;
};
export const EMPTY_CARD: NewCard = {
  firstName: "",
  lastName: "",
  companyName: "",
  legalForm: "bv",
  kvkNumber: "",
  jobTitle: "",
  email: "",
  phone: "",
};

type Props = {
  mode: "existing" | "new";
  onMode: (mode: "existing" | "new") => void;
  picked: PickedContact | null;
  onPick: (c: PickedContact | null) => void;
  card: NewCard;
  onCard: (card: NewCard) => void;
  errors: Record<string, string>;
  /** The card photo the rep read, handed to the evidence step when they choose to attach it. */
  onCardPhoto?: (photo: File) => void;
  /** How to find contacts; by default the server's search. */
  search?: (q: string) => Promise<PickedContact[]>;
};

/** Step 1: pick the person, or type in their business card in one go. */
export function OptInContactStep({ mode, onMode, picked, onPick, card, onCard, errors, onCardPhoto, search }: Props) {
  const t = useTranslations("consents.optIn");
  const tc = useTranslations("contacts");
  const [q, setQ] = useState("");
  const [results, setResults] = useState<PickedContact[] | null>(null);
  useEffect(() => {
    if (mode !== "existing" || picked || q.trim().length < 2) return;
    // Debounced: one request when the user pauses typing, not one per key.
    const find = search ?? (async (text: string) => (await searchContactsAction({ q: text }))?.data ?? []);
    const timer = setTimeout(async () => setResults(await find(q)), 250);
    return () => clearTimeout(timer);
  }, [q, mode, picked, search]);
  const set = (k: keyof NewCard) => (e: { target: { value: string } }) => onCard({ ...card, [k]: e.target.value });
  return (
    <fieldset className="space-y-3">
      <legend className="text-base font-semibold">{t("whoTitle")}</legend>
      <div className="grid grid-cols-2 gap-2" role="radiogroup" aria-label={t("whoTitle")}>
        {(["existing", "new"] as const).map((m) => (
          <label
            key={m}
            className={`flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-md px-2 text-center text-sm font-medium ring-1 has-[:focus-visible]:ring-2 ${mode === m ? "bg-brand-50 ring-brand-600" : "ring-slate-300"}`}
          >
            <input
              type="radio"
              name="contactMode"
              value={m}
              checked={mode === m}
              onChange={() => onMode(m)}
              className="sr-only"
            />
            {t(m === "existing" ? "existingContact" : "newFromCard")}
          </label>
        ))}
      </div>
      {errors.contact && <p className="text-sm text-red-700">{errors.contact}</p>}
      {mode === "existing" && picked && (
        <div
          className="flex items-center justify-between gap-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200"
          data-testid="picked-contact"
        >
          <div className="text-sm">
            <div className="font-medium">{picked.name}</div>
            <div className="text-slate-600">
              {[picked.company, picked.email ?? picked.phone].filter(Boolean).join(" · ")}
            </div>
          </div>
          <Button variant="ghost" onClick={() => onPick(null)}>
            {t("change")}
          </Button>
        </div>
      )}
      {mode === "existing" && !picked && (
        <div className="space-y-2">
          <Field label={t("searchContact")} name="contactSearch" hint={t("searchHint")}>
            <TextInput
              name="contactSearch"
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              autoComplete="off"
            />
          </Field>
          {results && q.trim().length >= 2 && (
            <ul className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200" aria-label={t("results")}>
              {results.map((r) => (
                <li key={r.id}>
                  <button
                    type="button"
                    className="w-full px-3 py-2 text-left text-sm hover:bg-slate-50"
                    onClick={() => onPick(r)}
                  >
                    <span className="font-medium">{r.name}</span>{" "}
                    <span className="text-slate-600">
                      {[r.company, r.email ?? r.phone].filter(Boolean).join(" · ")}
                    </span>
                  </button>
                </li>
              ))}
              {results.length === 0 && <li className="px-3 py-2 text-sm text-slate-600">{t("noResults")}</li>}
            </ul>
          )}
        </div>
      )}
      {mode === "new" && <CardReader card={card} onCard={onCard} onUsePhoto={onCardPhoto} />}
      {mode === "new" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={tc("firstName")} name="firstName" error={errors.firstName}>
            <TextInput
              name="firstName"
              value={card.firstName}
              onChange={set("firstName")}
              autoComplete="off"
              autoCapitalize="words"
              error={errors.firstName}
            />
          </Field>
          <Field label={tc("lastName")} name="lastName" error={errors.lastName}>
            <TextInput
              name="lastName"
              value={card.lastName}
              onChange={set("lastName")}
              autoComplete="off"
              autoCapitalize="words"
              error={errors.lastName}
            />
          </Field>
          <Field label={tc("companyName")} name="companyName" error={errors.companyName}>
            <TextInput
              name="companyName"
              value={card.companyName}
              onChange={set("companyName")}
              autoComplete="off"
              error={errors.companyName}
            />
          </Field>
          <Field label={tc("legalForm")} name="legalForm">
            <Select
              name="legalForm"
              value={card.legalForm}
              onChange={(e) => onCard({ ...card, legalForm: e.target.value as LegalForm })}
            >
              {LEGAL_FORMS.map((f) => (
                <option key={f} value={f}>
                  {tc(`legalForms.${f}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={tc("emailAddress")} name="email" error={errors.email}>
            <TextInput
              name="email"
              type="email"
              inputMode="email"
              autoComplete="off"
              value={card.email}
              onChange={set("email")}
              error={errors.email}
            />
          </Field>
          <Field label={tc("phoneNumber")} name="phone" error={errors.phone}>
            <TextInput
              name="phone"
              type="tel"
              inputMode="tel"
              value={card.phone}
              onChange={set("phone")}
              error={errors.phone}
            />
          </Field>
          <details className="sm:col-span-2">
            <summary className="cursor-pointer text-sm text-slate-700">{t("moreDetails")}</summary>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              <Field label={tc("jobTitle")} name="jobTitle">
                <TextInput name="jobTitle" value={card.jobTitle} onChange={set("jobTitle")} />
              </Field>
              <Field label={tc("kvkNumber")} name="kvkNumber" error={errors.kvkNumber}>
                <TextInput
                  name="kvkNumber"
                  inputMode="numeric"
                  value={card.kvkNumber}
                  onChange={set("kvkNumber")}
                  error={errors.kvkNumber}
                />
              </Field>
            </div>
          </details>
        </div>
      )}
    </fieldset>
  );
}
