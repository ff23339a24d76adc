"use client";
import { useTranslations } from "next-intl";
import { EMAIL_KINDS, PHONE_KINDS, type EmailKind, type PhoneKind } from "@/domain/vocabulary";
import { suggestEmailKind } from "@/domain/contact-points";
import { Button } from "@/components/ui/button";
import { Field, Select, TextInput } from "@/components/ui/field";

export type EmailRow = { address: string; kind: EmailKind; where: string; touched?: boolean };
export type PhoneRow = { number: string; kind: PhoneKind };

type Errors = Record<string, string>;

/** E-mail addresses with their kind; a designated address asks where the designation was seen. */
export function EmailRows({
  rows,
  onChange,
  errors,
}: {
  rows: EmailRow[];
  onChange: (rows: EmailRow[]) => void;
  errors: Errors;
}) {
  const t = useTranslations("contacts");
  const set = (i: number, patch: Partial<EmailRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{t("emails")}</legend>
      {rows.map((row, i) => (
        <div key={i} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_auto]">
          <Field label={t("emailAddress")} name={`emails.${i}.address`} error={errors[`emails.${i}.address`]}>
            <TextInput
              name={`emails.${i}.address`}
              type="email"
              inputMode="email"
              autoComplete="off"
              value={row.address}
              error={errors[`emails.${i}.address`]}
              onChange={(e) => set(i, { address: e.target.value })}
              // A guess the user can change: info@ is generic, a name is personal (Tw art. 11.7).
              onBlur={() => !row.touched && set(i, { kind: suggestEmailKind(row.address) ?? row.kind })}
            />
          </Field>
          <Field label={t("emailKind")} name={`emails.${i}.kind`}>
            <Select
              name={`emails.${i}.kind`}
              value={row.kind}
              onChange={(e) => set(i, { kind: e.target.value as EmailKind, touched: true })}
            >
              {EMAIL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`emailKinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div className="flex items-end">
            <Button
              variant="ghost"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={t("removeEmail")}
            >
              ✕
            </Button>
          </div>
          {row.kind === "designated_commercial" && (
            <div className="sm:col-span-3">
              <Field
                label={t("designationWhere")}
                name={`emails.${i}.designation.where`}
                hint={t("designationHint")}
                error={errors[`emails.${i}.designation.where`]}
              >
                <TextInput
                  name={`emails.${i}.designation.where`}
                  value={row.where}
                  error={errors[`emails.${i}.designation.where`]}
                  onChange={(e) => set(i, { where: e.target.value })}
                />
              </Field>
            </div>
          )}
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...rows, { address: "", kind: "personal", where: "" }])}>
        {t("addEmail")}
      </Button>
    </fieldset>
  );
}

/** Phone numbers as typed (06 12345678 is fine); the server stores them as E.164. */
export function PhoneRows({
  rows,
  onChange,
  errors,
}: {
  rows: PhoneRow[];
  onChange: (rows: PhoneRow[]) => void;
  errors: Errors;
}) {
  const t = useTranslations("contacts");
  const set = (i: number, patch: Partial<PhoneRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{t("phones")}</legend>
      {rows.map((row, i) => (
        <div key={i} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[2fr_1fr_auto]">
          <Field label={t("phoneNumber")} name={`phones.${i}.number`} error={errors[`phones.${i}.number`]}>
            <TextInput
              name={`phones.${i}.number`}
              type="tel"
              inputMode="tel"
              value={row.number}
              error={errors[`phones.${i}.number`]}
              onChange={(e) => set(i, { number: e.target.value })}
            />
          </Field>
          <Field label={t("phoneKind")} name={`phones.${i}.kind`}>
            <Select
              name={`phones.${i}.kind`}
              value={row.kind}
              onChange={(e) => set(i, { kind: e.target.value as PhoneKind })}
            >
              {PHONE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`phoneKinds.${k}`)}
                </option>
              ))}
            </Select>
          </Field>
          <div className="flex items-end">
            <Button
              variant="ghost"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              aria-label={t("removePhone")}
            >
              ✕
            </Button>
          </div>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...rows, { number: "", kind: "mobile" }])}>
        {t("addPhone")}
      </Button>
    </fieldset>
  );
}

/** Empty rows are left out; `index` maps a submitted position back to the row, for error messages. */
export function emailsForInput(rows: EmailRow[]) {
  const kept = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.address.trim() !== "");
  return {
    emails: kept.map(({ r }) => ({
      address: r.address,
      kind: r.kind,
      designation: r.kind === "designated_commercial" ? { where: r.where } : null,
    })),
    index: kept.map(({ i }) => i),
  };
}
export function phonesForInput(rows: PhoneRow[]) {
  const kept = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.number.trim() !== "");
  return { phones: kept.map(({ r }) => ({ number: r.number, kind: r.kind })), index: kept.map(({ i }) => i) };
}

/** Rewrites "emails.1.address" to the row it came from when empty rows were left out. */
export function remapRowErrors(fields: Record<string, string>, maps: Record<string, number[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([key, value]) => {
      const m = /^(emails|phones)\.(\d+)(\..*)?$/.exec(key);
      if (!m || !maps[m[1]]) return [key, value];
      return [`${m[1]}.${maps[m[1]][Number(m[2])] ?? m[2]}${m[3] ?? ""}`, value];
    }),
  );
}
