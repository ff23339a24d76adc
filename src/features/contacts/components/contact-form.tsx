"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  CONTACT_LANGUAGES,
  LEGAL_FORMS,
  SOURCE_TYPES,
  type ContactLanguage,
  type LegalForm,
  type SourceType,
} from "@/domain/vocabulary";
import { needsArt14Notice } from "@/domain/notices";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { createContactAction } from "../actions/create-contact";
import { updateContactAction } from "../actions/update-contact";
import {
  EmailRows,
  PhoneRows,
  emailsForInput,
  phonesForInput,
  remapRowErrors,
  type EmailRow,
  type PhoneRow,
} from "./contact-point-rows";

export type ContactFormValues = {
  firstName: string;
  lastName: string;
  jobTitle: string;
  notes: string;
  /** "" = not known. */
  language: ContactLanguage | "";
  companyName: string;
  legalForm: LegalForm;
  kvkNumber: string;
  emails: EmailRow[];
  phones: PhoneRow[];
  street: string;
  postalCode: string;
  city: string;
  country: string;
  sourceType: SourceType;
  sourceDetail: string;
  publishedForPurpose: string;
};

export const EMPTY_CONTACT: ContactFormValues = {
  firstName: "",
  lastName: "",
  jobTitle: "",
  notes: "",
  language: "",
  companyName: "",
  legalForm: "bv",
  kvkNumber: "",
  emails: [{ address: "", kind: "personal", where: "" }],
  phones: [{ number: "", kind: "mobile" }],
  street: "",
  postalCode: "",
  city: "",
  country: "NL",
  sourceType: "business_card",
  sourceDetail: "",
  publishedForPurpose: "",
};

/** Create and edit a contact. Provenance is required (AVG art. 14 lid 2 sub f). */
export function ContactForm({
  contactId,
  initial,
  purposes,
}: {
  contactId?: string;
  initial: ContactFormValues;
  purposes: { key: string; name: string }[];
}) {
  const t = useTranslations("contacts");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [v, setV] = useState(initial);
  const [pending, setPending] = useState(false);
  const set =
    <K extends keyof ContactFormValues>(k: K) =>
    (value: ContactFormValues[K]) =>
      setV((old) => ({ ...old, [k]: value }));
  const text = (k: keyof ContactFormValues) => ({
    value: v[k] as string,
    onChange: (e: { target: { value: string } }) => set(k)(e.target.value as never),
  });
  const emails = emailsForInput(v.emails);
  const phones = phonesForInput(v.phones);
  const fieldErrors = remapRowErrors(errors.fields, { emails: emails.index, phones: phones.index });

  async function submit() {
    setPending(true);
    const body = {
      firstName: v.firstName,
      lastName: v.lastName,
      jobTitle: v.jobTitle,
      notes: v.notes,
      language: v.language || null,
      company: v.companyName.trim() ? { name: v.companyName, legalForm: v.legalForm, kvkNumber: v.kvkNumber } : null,
      emails: emails.emails,
      phones: phones.phones,
      postalAddress:
        v.street.trim() || v.postalCode.trim() || v.city.trim()
          ? { street: v.street, postalCode: v.postalCode, city: v.city, country: v.country }
          : null,
      source: {
        type: v.sourceType,
        detail: v.sourceDetail,
        publishedForPurpose: v.sourceType === "public_source" ? v.publishedForPurpose : null,
      },
    };
    const result = contactId ? await updateContactAction({ contactId, ...body }) : await createContactAction(body);
    if (fromResult(result) && result?.data) router.push(`/contacts/${result.data.id}`);
    setPending(false);
  }

  return (
    <form action={submit} className="space-y-6" aria-label={contactId ? t("editTitle") : t("newTitle")}>
      {errors.form && <Alert>{errors.form}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("firstName")} name="firstName" error={fieldErrors.firstName}>
          <TextInput
            name="firstName"
            required
            autoComplete="off"
            {...text("firstName")}
            error={fieldErrors.firstName}
          />
        </Field>
        <Field label={t("lastName")} name="lastName" error={fieldErrors.lastName}>
          <TextInput name="lastName" required autoComplete="off" {...text("lastName")} error={fieldErrors.lastName} />
        </Field>
        <Field label={t("jobTitle")} name="jobTitle">
          <TextInput name="jobTitle" {...text("jobTitle")} />
        </Field>
        <Field label={t("language")} name="language" hint={t("languageHint")} error={fieldErrors.language}>
          <Select
            name="language"
            value={v.language}
            onChange={(e) => set("language")(e.target.value as ContactLanguage | "")}
          >
            <option value="">{t("languageUnknown")}</option>
            {CONTACT_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("company")}</legend>
        <Field
          label={t("companyName")}
          name="company.name"
          hint={t("companyNameHint")}
          error={fieldErrors["company.name"]}
        >
          <TextInput name="company.name" {...text("companyName")} error={fieldErrors["company.name"]} />
        </Field>
        <Field
          label={t("legalForm")}
          name="company.legalForm"
          hint={t("legalFormHint")}
          error={fieldErrors["company.legalForm"]}
        >
          <Select
            name="company.legalForm"
            value={v.legalForm}
            onChange={(e) => set("legalForm")(e.target.value as LegalForm)}
          >
            {LEGAL_FORMS.map((f) => (
              <option key={f} value={f}>
                {t(`legalForms.${f}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("kvkNumber")} name="company.kvkNumber" error={fieldErrors["company.kvkNumber"]}>
          <TextInput
            name="company.kvkNumber"
            inputMode="numeric"
            {...text("kvkNumber")}
            error={fieldErrors["company.kvkNumber"]}
          />
        </Field>
      </fieldset>
      <EmailRows rows={v.emails} onChange={set("emails")} errors={fieldErrors} />
      <PhoneRows rows={v.phones} onChange={set("phones")} errors={fieldErrors} />
      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("postalAddress")}</legend>
        <div className="sm:col-span-2">
          <Field label={t("street")} name="postalAddress.street" error={fieldErrors["postalAddress.street"]}>
            <TextInput name="postalAddress.street" {...text("street")} error={fieldErrors["postalAddress.street"]} />
          </Field>
        </div>
        <Field label={t("postalCode")} name="postalAddress.postalCode" error={fieldErrors["postalAddress.postalCode"]}>
          <TextInput
            name="postalAddress.postalCode"
            {...text("postalCode")}
            error={fieldErrors["postalAddress.postalCode"]}
          />
        </Field>
        <Field label={t("city")} name="postalAddress.city" error={fieldErrors["postalAddress.city"]}>
          <TextInput name="postalAddress.city" {...text("city")} error={fieldErrors["postalAddress.city"]} />
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("provenance")}</legend>
        <Field label={t("source")} name="source.type" hint={t("sourceHint")}>
          <Select
            name="source.type"
            value={v.sourceType}
            onChange={(e) => set("sourceType")(e.target.value as SourceType)}
          >
            {SOURCE_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`sourceTypes.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t("sourceDetail")}
          name="source.detail"
          hint={t(`sourceDetailHints.${v.sourceType}`)}
          error={fieldErrors["source.detail"]}
        >
          <TextInput name="source.detail" {...text("sourceDetail")} error={fieldErrors["source.detail"]} />
        </Field>
        {v.sourceType === "public_source" && (
          <Field
            label={t("publishedForPurpose")}
            name="source.publishedForPurpose"
            hint={t("publishedForPurposeHint")}
            error={fieldErrors["source.publishedForPurpose"]}
          >
            <Select
              name="source.publishedForPurpose"
              value={v.publishedForPurpose}
              onChange={(e) => set("publishedForPurpose")(e.target.value)}
            >
              <option value="">{t("choose")}</option>
              {purposes.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.name}
                </option>
              ))}
              <option value="other">{t("publishedForOther")}</option>
            </Select>
          </Field>
        )}
        {v.sourceType === "purchased_list" && (
          <div className="sm:col-span-2">
            <Alert tone="amber">{t("purchasedListWarning")}</Alert>
          </div>
        )}
        {needsArt14Notice(v.sourceType) && (
          <p className="text-sm text-slate-600 sm:col-span-2" data-testid="art14-hint">
            {t("art14Hint")}
          </p>
        )}
      </fieldset>
      <Field label={t("notes")} name="notes">
        <TextArea name="notes" {...text("notes")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {contactId ? t("saveChanges") : t("createContact")}
      </Button>
    </form>
  );
}
