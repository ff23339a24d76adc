"use client";
import { useTranslations } from "next-intl";
import { LEGAL_FORMS, SOURCE_TYPES } from "@/domain/vocabulary";
import { Field, Select, TextInput } from "@/components/ui/field";
import { CONSENT_FILTER_STATES, CUSTOMER_STATES, type TAudienceFilter } from "../schemas";

type Option = { id: string; name: string };
const day = (d: Date | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : "");

/**
 * The audience filters as form fields, shared by the campaign form and the segment form so the two
 * can never offer different filters. `key` on the caller resets it when `defaults` change.
 * `withPurposeConsent`: the campaign's own purpose is known there, so "has a grant for it" is offered.
 */
export function AudienceFields(props: {
  defaults?: TAudienceFilter;
  purposes: Option[];
  imports: Option[];
  /** The tags to narrow by; none offered when there are none. */
  tags?: Option[];
  withPurposeConsent?: boolean;
  disabled?: boolean;
}) {
  const t = useTranslations("outreach.audience");
  const d = props.defaults ?? {};
  return (
    <fieldset className="space-y-4" disabled={props.disabled}>
      <fieldset>
        <legend className="text-sm font-medium">{t("sourceTypes")}</legend>
        <div className="mt-1 grid grid-cols-1 gap-1 min-[390px]:grid-cols-2 sm:grid-cols-3">
          {SOURCE_TYPES.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="sourceTypes"
                value={s}
                defaultChecked={d.sourceTypes?.includes(s)}
                className="size-4"
              />
              {t(`sourceType.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("legalForms")}</legend>
        <div className="mt-1 grid grid-cols-1 gap-1 min-[390px]:grid-cols-2 sm:grid-cols-3">
          {LEGAL_FORMS.map((f) => (
            <label key={f} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="legalForms"
                value={f}
                defaultChecked={d.legalForms?.includes(f)}
                className="size-4"
              />
              {t(`legalForm.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {props.tags && props.tags.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">{t("tags")}</legend>
          <p className="text-xs text-slate-500">{t("tagsHint")}</p>
          <div className="mt-1 grid grid-cols-1 gap-1 min-[390px]:grid-cols-2 sm:grid-cols-3">
            {props.tags.map((tag) => (
              <label key={tag.id} className="flex min-w-0 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="tagIds"
                  value={tag.id}
                  defaultChecked={d.tagIds?.includes(tag.id)}
                  className="size-4"
                />
                <span className="truncate">{tag.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("companyName")} name="companyName">
          <TextInput name="companyName" maxLength={200} defaultValue={d.companyName ?? ""} />
        </Field>
        <Field label={t("jobTitle")} name="jobTitle">
          <TextInput name="jobTitle" maxLength={200} defaultValue={d.jobTitle ?? ""} />
        </Field>
        <Field label={t("createdAfter")} name="createdAfter">
          <TextInput name="createdAfter" type="date" defaultValue={day(d.createdAfter)} />
        </Field>
        <Field label={t("activeAfter")} name="activeAfter" hint={t("activeAfterHint")}>
          <TextInput name="activeAfter" type="date" defaultValue={day(d.activeAfter)} />
        </Field>
        <Field label={t("customerState")} name="customerState">
          <Select name="customerState" defaultValue={d.customerState ?? ""}>
            <option value="">{t("any")}</option>
            {CUSTOMER_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`customer.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("importBatch")} name="importBatchId">
          <Select name="importBatchId" defaultValue={d.importBatchId ?? ""}>
            <option value="">{t("any")}</option>
            {props.imports.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("consentPurpose")} name="consentPurposeId">
          <Select name="consentPurposeId" defaultValue={d.consentPurposeId ?? ""}>
            <option value="">{t("any")}</option>
            {props.purposes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("consentState")} name="consentState" hint={t("consentStateHint")}>
          <Select name="consentState" defaultValue={d.consentState ?? ""}>
            <option value="">{t("any")}</option>
            {CONSENT_FILTER_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`consent.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {props.withPurposeConsent && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="hasConsentForPurpose"
            defaultChecked={d.hasConsentForPurpose}
            className="size-4"
          />
          {t("hasConsent")}
        </label>
      )}
    </fieldset>
  );
}
