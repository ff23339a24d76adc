"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert, Card } from "@/components/ui/card";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { DEFAULT_ART14_NOTICE, NOTICE_PLACEHOLDERS } from "@/domain/notices";
import { ORGANISATION_SECTORS, type OrganisationSector } from "@/domain/vocabulary";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateSettingsAction } from "../actions/update-settings";
import { ConsentLifetimeFields, consentLifetimeInput, type ConsentLifetimeValues } from "./consent-lifetime-fields";
import { MailLogoField } from "./mail-logo-field";

type Settings = {
  organisationName: string;
  controllerEmail: string;
  controllerAddress: string;
  controllerPhone: string;
  privacyPolicyUrl: string;
  consentLifetimeDays: number | null;
  customerExceptionMonthsAfterEnd: number;
  oneTimeBuyerExceptionMonths: number | null;
  formerCustomerCallMonths: number;
  postalLegitimateInterest: boolean;
  retentionMonthsWithoutBasis: number;
  sector: OrganisationSector;
  weakConsentUsable: boolean;
  signupPurgeDays: number;
  art14NoticeNl: string;
  art14NoticeEn: string;
  mailAccentColor: string;
  campaignRatePerMinute: number;
  returnPathAddress: string;
  mailLogoType: string | null;
  updatedAt: Date;
} & ConsentLifetimeValues;

export function SettingsForm({ settings, canEdit }: { settings: Settings; canEdit: boolean }) {
  const t = useTranslations("settings");
  const s = (f: FormData, k: string) => String(f.get(k) ?? "");
  const { errors, saved, pending, onSubmit, formRef } = useActionForm((f) =>
    updateSettingsAction({
      organisationName: s(f, "organisationName"),
      controllerEmail: s(f, "controllerEmail"),
      controllerAddress: s(f, "controllerAddress"),
      controllerPhone: s(f, "controllerPhone"),
      privacyPolicyUrl: s(f, "privacyPolicyUrl"),
      consentLifetimeDays: s(f, "consentLifetimeDays") as never,
      customerExceptionMonthsAfterEnd: s(f, "customerExceptionMonthsAfterEnd") as never,
      oneTimeBuyerExceptionMonths: s(f, "oneTimeBuyerExceptionMonths") as never,
      formerCustomerCallMonths: s(f, "formerCustomerCallMonths") as never,
      postalLegitimateInterest: f.get("postalLegitimateInterest") === "on",
      retentionMonthsWithoutBasis: s(f, "retentionMonthsWithoutBasis") as never,
      sector: s(f, "sector") as OrganisationSector,
      weakConsentUsable: f.get("weakConsentUsable") === "on",
      signupPurgeDays: s(f, "signupPurgeDays") as never,
      art14NoticeNl: s(f, "art14NoticeNl"),
      art14NoticeEn: s(f, "art14NoticeEn"),
      ...consentLifetimeInput(f),
      mailAccentColor: s(f, "mailAccentColor"),
      campaignRatePerMinute: s(f, "campaignRatePerMinute") as never,
      returnPathAddress: s(f, "returnPathAddress").trim(),
    }),
  );
  const num = (name: keyof Settings, hint?: string) => (
    <Field label={t(`fields.${name}`)} name={name} error={errors.fields[name]} hint={hint}>
      <TextInput
        name={name}
        type="number"
        inputMode="numeric"
        min={0}
        defaultValue={(settings[name] as number | null) ?? ""}
        disabled={!canEdit}
        error={errors.fields[name]}
      />
    </Field>
  );
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-6">
      {errors.form && <Alert>{errors.form}</Alert>}
      {saved && <Alert tone="green">{t("saved")}</Alert>}
      <Card title={t("controllerTitle")}>
        <p className="mb-4 text-sm text-slate-600">{t("controllerIntro")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {(
            ["organisationName", "controllerEmail", "controllerPhone", "privacyPolicyUrl", "controllerAddress"] as const
          ).map((k) => (
            <Field key={k} label={t(`fields.${k}`)} name={k} error={errors.fields[k]}>
              <TextInput name={k} defaultValue={settings[k]} disabled={!canEdit} error={errors.fields[k]} />
            </Field>
          ))}
        </div>
      </Card>
      <Card title={t("mailTitle")}>
        <p className="mb-4 text-sm text-slate-600">{t("mailIntro")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            label={t("fields.mailAccentColor")}
            name="mailAccentColor"
            error={errors.fields.mailAccentColor}
            hint={t("hints.mailAccentColor")}
          >
            <TextInput
              name="mailAccentColor"
              type="color"
              defaultValue={settings.mailAccentColor}
              disabled={!canEdit}
              error={errors.fields.mailAccentColor}
              className="h-10 w-24 rounded-md border border-slate-300"
            />
          </Field>
          {num("campaignRatePerMinute", t("hints.campaignRatePerMinute"))}
          <Field
            label={t("fields.returnPathAddress")}
            name="returnPathAddress"
            error={errors.fields.returnPathAddress}
            hint={t("hints.returnPathAddress")}
          >
            <TextInput
              name="returnPathAddress"
              type="email"
              defaultValue={settings.returnPathAddress}
              placeholder="bounces@mail.example.com"
              disabled={!canEdit}
              error={errors.fields.returnPathAddress}
            />
          </Field>
          <MailLogoField
            hasLogo={settings.mailLogoType !== null}
            version={settings.updatedAt.getTime()}
            canEdit={canEdit}
          />
        </div>
      </Card>
      <Card title={t("sectorTitle")}>
        {/* Why it matters: since 1 July 2026 the sector decides whether customers may be called. */}
        <p className="mb-4 text-sm text-slate-600">{t("sectorIntro")}</p>
        <Field label={t("fields.sector")} name="sector" error={errors.fields.sector} hint={t("hints.sector")}>
          <Select name="sector" defaultValue={settings.sector} disabled={!canEdit} error={errors.fields.sector}>
            {ORGANISATION_SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sectors.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
      </Card>
      <Card title={t("rulesTitle")}>
        <p className="mb-4 text-sm text-slate-600">{t("rulesIntro")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {num("consentLifetimeDays", t("hints.consentLifetimeDays"))}
          <ConsentLifetimeFields values={settings} errors={errors.fields} canEdit={canEdit} />
          {num("customerExceptionMonthsAfterEnd", t("hints.customerExceptionMonthsAfterEnd"))}
          {num("oneTimeBuyerExceptionMonths", t("hints.oneTimeBuyerExceptionMonths"))}
          {num("formerCustomerCallMonths", t("hints.formerCustomerCallMonths"))}
          {num("retentionMonthsWithoutBasis", t("hints.retentionMonthsWithoutBasis"))}
          {num("signupPurgeDays", t("hints.signupPurgeDays"))}
          <label className="flex items-start gap-2 text-sm sm:col-span-2">
            <input
              type="checkbox"
              name="postalLegitimateInterest"
              defaultChecked={settings.postalLegitimateInterest}
              disabled={!canEdit}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{t("fields.postalLegitimateInterest")}</span>
              <br />
              <span className="text-slate-600">{t("hints.postalLegitimateInterest")}</span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm sm:col-span-2">
            <input
              type="checkbox"
              name="weakConsentUsable"
              defaultChecked={settings.weakConsentUsable}
              disabled={!canEdit}
              className="mt-1"
            />
            <span>
              <span className="font-medium">{t("fields.weakConsentUsable")}</span>
              <br />
              <span className="text-slate-600">{t("hints.weakConsentUsable")}</span>
            </span>
          </label>
        </div>
      </Card>
      <Card title={t("art14Title")}>
        {/* AVG art. 14: what a contact we did not get from the person is told, in their language. */}
        <p className="mb-2 text-sm text-slate-600">{t("art14Intro")}</p>
        <p className="mb-4 text-sm text-slate-600">
          {t("art14Placeholders")}{" "}
          {NOTICE_PLACEHOLDERS.map((p, i) => (
            <span key={p}>
              {i > 0 && ", "}
              <code className="rounded bg-slate-100 px-1">{`{${p}}`}</code> ({t(`placeholders.${p}`)})
            </span>
          ))}
        </p>
        <div className="grid gap-4 lg:grid-cols-2">
          {(["art14NoticeNl", "art14NoticeEn"] as const).map((k) => (
            <Field
              key={k}
              label={t(`fields.${k}`)}
              name={k}
              error={errors.fields[k]}
              hint={t("hints.art14Notice", { placeholder: "{source}" })}
            >
              <TextArea
                name={k}
                rows={12}
                defaultValue={settings[k] || DEFAULT_ART14_NOTICE[k === "art14NoticeNl" ? "nl" : "en"]}
                disabled={!canEdit}
                error={errors.fields[k]}
              />
            </Field>
          ))}
        </div>
      </Card>
      {canEdit && (
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
      )}
    </form>
  );
}
