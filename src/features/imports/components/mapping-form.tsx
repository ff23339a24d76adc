"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { IMPORT_FIELDS, type ImportField } from "@/domain/imports/fields";
import { SOURCE_TYPES, type SourceType } from "@/domain/vocabulary";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-action-form";
import { startImportAction } from "../actions/start-import";

type Props = {
  batchId: string;
  headers: string[];
  mapping: (ImportField | null)[];
  sample: string[][];
  sourceType: SourceType;
  sourceDetail: string | null;
  vcardOnly: boolean;
};

/** The proposed column mapping and the file's provenance, to check before a dry run or the import. */
export function MappingForm(props: Props) {
  const t = useTranslations("imports");
  const tc = useTranslations("contacts");
  const { errors, fromResult } = useFormErrors();
  const [mapping, setMapping] = useState(props.mapping);
  const [sourceType, setSourceType] = useState<SourceType>(props.sourceType);
  const [detail, setDetail] = useState(props.sourceDetail ?? "");
  const [onConflict, setOnConflict] = useState<"keep" | "replace">("keep");
  const [busy, setBusy] = useState(false);
  async function start(dryRun: boolean) {
    setBusy(true);
    const result = await startImportAction({
      batchId: props.batchId,
      mapping,
      sourceType,
      sourceDetail: detail,
      dryRun,
      onConflict,
    });
    fromResult(result);
    setBusy(false);
  }
  return (
    <div className="space-y-6">
      {errors.form && <Alert>{errors.form}</Alert>}
      {errors.fields.mapping && <Alert>{errors.fields.mapping}</Alert>}
      <p className="text-sm text-slate-600">{t("map.description")}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-2 pr-4">
                {t("map.column")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("map.field")}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.headers.map((header, i) => (
              <tr key={i} className="border-t border-slate-200">
                <td className="py-2 pr-4">
                  <span className="font-medium">{header || `#${i + 1}`}</span>
                  <span className="block text-xs text-slate-500">
                    {props.sample
                      .map((r) => r[i] ?? "")
                      .filter(Boolean)
                      .slice(0, 2)
                      .join(" · ")}
                  </span>
                </td>
                <td className="py-2 pr-4">
                  <label className="sr-only" htmlFor={`map-${i}`}>
                    {t("map.field")}: {header}
                  </label>
                  <Select
                    name={`map-${i}`}
                    value={mapping[i] ?? ""}
                    onChange={(e) => {
                      const next = [...mapping];
                      next[i] = (e.target.value || null) as ImportField | null;
                      setMapping(next);
                    }}
                  >
                    <option value="">{t("map.ignore")}</option>
                    {IMPORT_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t(`fields.${f}`)}
                      </option>
                    ))}
                  </Select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mapping.includes("city") && !mapping.includes("street") && !mapping.includes("postalCode") && (
        <Alert tone="amber">{t("map.cityOnly")}</Alert>
      )}
      <fieldset className="space-y-4">
        <legend className="text-sm font-semibold">{t("map.provenance")}</legend>
        {!props.vcardOnly && (
          <Field label={t("upload.sourceType")} name="sourceType">
            <Select name="sourceType" value={sourceType} onChange={(e) => setSourceType(e.target.value as SourceType)}>
              {SOURCE_TYPES.map((s) => (
                <option key={s} value={s}>
                  {tc(`sourceTypes.${s}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field
          label={t("upload.sourceDetail")}
          name="sourceDetail"
          error={errors.fields.sourceDetail}
          hint={t("upload.sourceDetailHint")}
        >
          <TextInput
            name="sourceDetail"
            value={detail}
            onChange={(e) => setDetail(e.target.value)}
            error={errors.fields.sourceDetail}
          />
        </Field>
        {sourceType === "purchased_list" && <Alert tone="amber">{t("map.purchasedWarning")}</Alert>}
        {sourceType === "public_source" && <Alert tone="amber">{t("map.publicSourceHint")}</Alert>}
      </fieldset>
      <fieldset className="space-y-2 text-sm">
        <legend className="mb-1 font-semibold">{t("map.onConflict")}</legend>
        <p className="text-slate-600">{t("map.onConflictHint")}</p>
        {(["keep", "replace"] as const).map((choice) => (
          <label key={choice} className="flex items-start gap-2">
            <input
              type="radio"
              name="onConflict"
              value={choice}
              className="mt-1"
              checked={onConflict === choice}
              onChange={() => setOnConflict(choice)}
            />
            <span>{t(`map.onConflictChoices.${choice}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={busy} onClick={() => start(true)}>
          {t("map.dryRun")}
        </Button>
        <Button disabled={busy} onClick={() => start(false)}>
          {t("map.run")}
        </Button>
      </div>
    </div>
  );
}
