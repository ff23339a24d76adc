"use client";
import { useTranslations } from "next-intl";
import {
  CHANNELS,
  LEGAL_BASES,
  OBJECTION_SCOPES,
  type Channel,
  type LegalBasis,
  type ObjectionScope,
} from "@/domain/vocabulary";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { RECEIVED_VIA } from "../schemas";
import { ActionDisclosure, localInputToIso } from "./action-disclosure";
import { withdrawConsentAction } from "../actions/withdraw-consent";
import { recordChannelOptOutAction } from "../actions/record-channel-opt-out";
import { recordObjectionAction } from "../actions/record-objection";
import { setRestrictionAction } from "../actions/set-restriction";
import { liftRestrictionAction } from "../actions/lift-restriction";
import { addCustomerRelationshipAction } from "../actions/add-customer-relationship";
import { recordLegalBasisAction } from "../actions/record-legal-basis";

const WITHDRAWAL_METHODS = ["staff_recorded", "verbal_in_person", "verbal_phone", "email_reply", "paper_form"] as const;

type Props = {
  contactId: string;
  purposes: { key: string; name: string; channels: Channel[] }[];
  activeRestrictionId: string | null;
  can: { withdraw: boolean; object: boolean; restrict: boolean; relationships: boolean; bases: boolean };
};

const str = (f: FormData, k: string) => String(f.get(k) ?? "");

export function ContactActions({ contactId, purposes, activeRestrictionId, can }: Props) {
  const t = useTranslations("consents");
  return (
    <div className="space-y-2">
      {can.withdraw && purposes.length > 0 && (
        <ActionDisclosure
          testId="action-withdraw"
          title={t("withdraw.title")}
          confirmTitle={t("withdraw.confirmTitle")}
          confirmBody={t("withdraw.confirmBody")}
          confirmLabel={t("withdraw.confirm")}
          danger
          run={(f) =>
            withdrawConsentAction({
              contactId,
              purpose: str(f, "purpose"),
              channels: f.getAll("channels").map(String) as Channel[],
              method: str(f, "method") as (typeof WITHDRAWAL_METHODS)[number],
              statement: str(f, "statement"),
            })
          }
        >
          {(errors) => (
            <>
              <Field label={t("purpose")} name="withdraw-purpose" error={errors.purpose}>
                <Select name="purpose" id="withdraw-purpose">
                  {purposes.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <fieldset>
                <legend className="text-sm font-medium">{t("withdraw.channels")}</legend>
                <p className="text-xs text-slate-500">{t("withdraw.channelsHint")}</p>
                <div className="flex flex-wrap gap-3">
                  {CHANNELS.map((c) => (
                    <label key={c} className="flex min-h-10 items-center gap-2 text-sm">
                      <input type="checkbox" name="channels" value={c} className="size-5" />
                      {t(`channels.${c}`)}
                    </label>
                  ))}
                </div>
              </fieldset>
              <Field label={t("withdraw.how")} name="withdraw-method">
                <Select name="method" id="withdraw-method">
                  {WITHDRAWAL_METHODS.map((m) => (
                    <option key={m} value={m}>
                      {t(`methods.${m}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t("withdraw.statement")} name="withdraw-statement">
                <TextArea name="statement" id="withdraw-statement" rows={2} />
              </Field>
            </>
          )}
        </ActionDisclosure>
      )}
      {can.withdraw && (
        <ActionDisclosure
          testId="action-channel-opt-out"
          title={t("optOut.title")}
          confirmTitle={t("optOut.confirmTitle")}
          confirmBody={t("optOut.confirmBody")}
          confirmLabel={t("optOut.confirm")}
          danger
          run={(f) =>
            recordChannelOptOutAction({ contactId, channel: str(f, "channel") as Channel, via: "staff_recorded" })
          }
        >
          {() => (
            <Field label={t("channel")} name="opt-out-channel">
              <Select name="channel" id="opt-out-channel">
                {CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {t(`channels.${c}`)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </ActionDisclosure>
      )}
      {can.object && (
        <ActionDisclosure
          testId="action-objection"
          title={t("objection.title")}
          confirmTitle={t("objection.confirmTitle")}
          confirmBody={t("objection.confirmBody")}
          confirmLabel={t("objection.confirm")}
          danger
          run={(f) =>
            recordObjectionAction({
              contactId,
              scope: str(f, "scope") as ObjectionScope,
              receivedVia: str(f, "receivedVia"),
            })
          }
        >
          {() => (
            <>
              <Field label={t("objection.scope")} name="objection-scope">
                <Select name="scope" id="objection-scope">
                  {OBJECTION_SCOPES.map((s) => (
                    <option key={s} value={s}>
                      {t(`scopes.${s}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t("receivedVia")} name="objection-via">
                <Select name="receivedVia" id="objection-via">
                  {RECEIVED_VIA.map((v) => (
                    <option key={v} value={v}>
                      {t(`via.${v}`)}
                    </option>
                  ))}
                </Select>
              </Field>
            </>
          )}
        </ActionDisclosure>
      )}
      {can.restrict && (
        <ActionDisclosure
          testId="action-restriction"
          title={activeRestrictionId ? t("restriction.liftTitle") : t("restriction.setTitle")}
          confirmTitle={activeRestrictionId ? t("restriction.liftConfirmTitle") : t("restriction.setConfirmTitle")}
          confirmBody={activeRestrictionId ? t("restriction.liftConfirmBody") : t("restriction.setConfirmBody")}
          confirmLabel={activeRestrictionId ? t("restriction.lift") : t("restriction.set")}
          danger={!activeRestrictionId}
          run={(f) =>
            activeRestrictionId
              ? liftRestrictionAction({ contactId, restrictionId: activeRestrictionId, reason: str(f, "reason") })
              : setRestrictionAction({ contactId, reason: str(f, "reason") })
          }
        >
          {(errors) => (
            <Field label={t("restriction.reason")} name="restriction-reason" error={errors.reason}>
              <TextArea name="reason" id="restriction-reason" rows={2} error={errors.reason} />
            </Field>
          )}
        </ActionDisclosure>
      )}
      {can.relationships && (
        <ActionDisclosure
          testId="action-relationship"
          title={t("relationship.title")}
          confirmTitle={t("relationship.confirmTitle")}
          confirmLabel={t("relationship.confirm")}
          run={(f) =>
            addCustomerRelationshipAction({
              contactId,
              since: localInputToIso(f.get("since")) ?? "",
              until: localInputToIso(f.get("until")) ?? null,
              products: str(f, "products")
                .split(",")
                .map((p) => p.trim())
                .filter(Boolean),
              kind: str(f, "kind") as "ongoing" | "one_time",
              optOutOfferedAtCollection: f.get("optOut") === "on",
              paid: f.get("paid") === "on",
            } as never)
          }
        >
          {(errors) => (
            <>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field label={t("relationship.since")} name="rel-since" error={errors.since}>
                  <TextInput type="date" name="since" id="rel-since" error={errors.since} />
                </Field>
                <Field label={t("relationship.until")} name="rel-until" error={errors.until}>
                  <TextInput type="date" name="until" id="rel-until" error={errors.until} />
                </Field>
              </div>
              <Field
                label={t("relationship.products")}
                name="rel-products"
                hint={t("relationship.productsHint")}
                error={errors.products}
              >
                <TextInput name="products" id="rel-products" error={errors.products} />
              </Field>
              <Field label={t("relationship.kind")} name="rel-kind">
                <Select name="kind" id="rel-kind">
                  <option value="ongoing">{t("relationship.ongoing")}</option>
                  <option value="one_time">{t("relationship.oneTime")}</option>
                </Select>
              </Field>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="optOut" className="mt-0.5 size-5" />
                <span>{t("relationship.optOutOffered")}</span>
              </label>
              {/* A free trial, webinar or download is no sale: no customer exception (Tw art. 11.7 lid 3). */}
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="paid" defaultChecked className="mt-0.5 size-5" />
                <span>{t("relationship.paid")}</span>
              </label>
            </>
          )}
        </ActionDisclosure>
      )}
      {can.bases && purposes.length > 0 && (
        <ActionDisclosure
          testId="action-legal-basis"
          title={t("basis.title")}
          confirmTitle={t("basis.confirmTitle")}
          confirmBody={t("basis.confirmBody")}
          confirmLabel={t("basis.confirm")}
          run={(f) =>
            recordLegalBasisAction({
              contactId,
              purpose: str(f, "purpose"),
              basis: str(f, "basis") as LegalBasis,
              balancingNote: str(f, "balancingNote"),
            })
          }
        >
          {(errors) => (
            <>
              <Field label={t("purpose")} name="basis-purpose">
                <Select name="purpose" id="basis-purpose">
                  {purposes.map((p) => (
                    <option key={p.key} value={p.key}>
                      {p.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t("basis.basis")} name="basis-basis" error={errors.basis}>
                <Select name="basis" id="basis-basis">
                  {LEGAL_BASES.map((b) => (
                    <option key={b} value={b}>
                      {t(`bases.${b}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field
                label={t("basis.balancingNote")}
                name="basis-note"
                hint={t("basis.balancingNoteHint")}
                error={errors.balancingNote}
              >
                <TextArea name="balancingNote" id="basis-note" rows={3} error={errors.balancingNote} />
              </Field>
            </>
          )}
        </ActionDisclosure>
      )}
    </div>
  );
}
