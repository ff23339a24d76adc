import { getTranslations } from "next-intl/server";
import { CHANNELS } from "@/domain/vocabulary";
import { buttonClass } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import type { TBreakdownQuery } from "../schemas";

/** A plain GET form: the choice lives in the address, so a breakdown can be linked and reloaded. */
export async function BreakdownForm(props: { purposes: { id: string; name: string }[]; value: TBreakdownQuery }) {
  const t = await getTranslations("segments.breakdown");
  const tch = await getTranslations("consents.channels");
  return (
    <form method="get" className="grid items-end gap-3 sm:grid-cols-4">
      <Field label={t("purpose")} name="purposeId">
        <Select name="purposeId" required defaultValue={props.value.purposeId ?? ""}>
          <option value="" disabled>
            {t("choosePurpose")}
          </option>
          {props.purposes.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("channel")} name="channel">
        <Select name="channel" defaultValue={props.value.channel}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {tch(c)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("kind")} name="commercial">
        <Select name="commercial" defaultValue={props.value.commercial ? "1" : "0"}>
          <option value="1">{t("commercial")}</option>
          <option value="0">{t("service")}</option>
        </Select>
      </Field>
      <button type="submit" className={buttonClass("secondary")}>
        {t("show")}
      </button>
    </form>
  );
}
