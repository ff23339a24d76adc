"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { suggestEmailKind } from "@/domain/contact-points";
import { Button } from "@/components/ui/button";
import { Alert, Badge } from "@/components/ui/card";
import { STRENGTH_TONE } from "@/features/consents/client";
import { useFormErrors } from "@/components/ui/use-action-form";
import { logOptInAction } from "../actions/log-opt-in";
import { OptInContactStep, EMPTY_CARD, type NewCard, type PickedContact } from "./opt-in-contact-step";
import { OptInPurposesStep, tickChannels, ticked, type OptInPurpose, type PurposeChoice } from "./opt-in-purposes-step";
import { OptInEvidenceStep, STAFF_METHODS, type Evidence, type StaffMethod } from "./opt-in-evidence-step";
import { guessPhoneKind, optInErrors, toLocalInput } from "./opt-in-errors";

// Kept on the phone between opt-ins: at a fair, the next card comes from the same booth.
const REMEMBER = "grondslag.optIn";

const freshChoice = (purposes: OptInPurpose[]): PurposeChoice =>
  Object.fromEntries(purposes.map((p) => [p.key, { checked: false, channels: tickChannels(p), call: false }]));
const freshEvidence = (): Evidence => ({
  method: "business_card",
  capturedAt: "",
  location: "",
  statement: "",
  onBehalf: false,
  grantorName: "",
  grantorRole: "",
  grantorAuthority: "",
  photo: null,
  affirmative: false,
  sendConfirmation: true,
});

/**
 * "Log an opt-in", designed for a phone at a fair: who, which purposes (with the notice shown),
 * when (now), where, the words, who gave it, a photo of the card: one screen, one save. Under a
 * minute for a practised user; the e2e journey measures it.
 */
export function OptInForm({
  purposes,
  preselected,
  recorderName,
}: {
  purposes: OptInPurpose[];
  preselected: PickedContact | null;
  recorderName: string;
}) {
  const t = useTranslations("consents.optIn");
  const { errors, fromResult } = useFormErrors();
  const [mode, setMode] = useState<"existing" | "new">(preselected ? "existing" : "new");
  const [picked, setPicked] = useState<PickedContact | null>(preselected);
  const [card, setCard] = useState<NewCard>(EMPTY_CARD);
  const [choice, setChoice] = useState<PurposeChoice>(() => freshChoice(purposes));
  const [evidence, setEvidence] = useState<Evidence>(freshEvidence);
  const [saved, setSaved] = useState<{
    contactId: string;
    count: number;
    strength: "strong" | "standard" | "weak";
    confirmation: string;
  } | null>(null);
  const tc = useTranslations("consents");
  const [pending, setPending] = useState(false);
  const top = useRef<HTMLDivElement>(null);

  // Browser-only defaults (after hydration): the time is now, the place and method as last time.
  useEffect(() => {
    const remembered = JSON.parse(localStorage.getItem(REMEMBER) ?? "{}") as {
      location?: string;
      method?: StaffMethod;
    };
    setEvidence((e) => ({
      ...e,
      capturedAt: toLocalInput(new Date()),
      location: e.location || remembered.location || "",
      method: remembered.method && STAFF_METHODS.includes(remembered.method) ? remembered.method : e.method,
    }));
  }, []);

  const fields = optInErrors(errors.fields);
  async function submit(form: HTMLFormElement) {
    setPending(true);
    setSaved(null);
    const result = await logOptInAction({
      ...(mode === "existing" ? { contactId: picked?.id } : { newContact: newContactInput(card) }),
      purposes: ticked(purposes, choice),
      method: evidence.method,
      capturedAt: evidence.capturedAt ? new Date(evidence.capturedAt).toISOString() : new Date().toISOString(),
      affirmativeAct: evidence.affirmative,
      location: evidence.location,
      statement: evidence.statement,
      grantor: evidence.onBehalf
        ? { name: evidence.grantorName, role: evidence.grantorRole, authority: evidence.grantorAuthority }
        : null,
      photos: evidence.photo ? [{ name: evidence.photo.name, file: evidence.photo }] : [],
      sendWrittenConfirmation: evidence.sendConfirmation,
    });
    if (fromResult(result) && result?.data) {
      localStorage.setItem(REMEMBER, JSON.stringify({ location: evidence.location, method: evidence.method }));
      setSaved({
        contactId: result.data.contactId,
        count: result.data.consentIds.length,
        strength: result.data.evidenceStrength,
        confirmation: result.data.confirmation,
      });
      setPicked(null);
      setCard(EMPTY_CARD);
      setChoice(freshChoice(purposes));
      setEvidence({
        ...freshEvidence(),
        method: evidence.method,
        location: evidence.location,
        capturedAt: toLocalInput(new Date()),
      });
      form.reset(); // clears the file input; the other fields are controlled
    }
    setPending(false);
    top.current?.scrollIntoView({ block: "start" });
  }

  return (
    <form
      className="space-y-6"
      aria-label={t("title")}
      // onSubmit rather than a form action: React resets a form after an action, which would clear
      // the chosen photo even when the save was refused and the user only needs to fix a field.
      onSubmit={(e) => {
        e.preventDefault();
        void submit(e.currentTarget);
      }}
    >
      <div ref={top} className="scroll-mt-4 space-y-2">
        {saved && (
          <Alert tone="green">
            {t("saved", { count: saved.count })}{" "}
            <Link href={`/contacts/${saved.contactId}`} className="font-medium underline">
              {t("openContact")}
            </Link>
            <span className="mt-1 block">
              {tc("strength.label")}:{" "}
              <Badge tone={STRENGTH_TONE[saved.strength]}>{tc(`strength.${saved.strength}`)}</Badge>
              {saved.confirmation !== "not_needed" &&
                ` ${t(`confirmation.${saved.confirmation}` as "confirmation.sent")}`}
            </span>
          </Alert>
        )}
        {errors.form && (
          <Alert>
            <p className="font-medium">{errors.form}</p>
            {Object.keys(fields).length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(fields).map(([f, m]) => (
                  <li key={f}>{m}</li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
      <OptInContactStep
        mode={mode}
        onMode={setMode}
        picked={picked}
        onPick={setPicked}
        card={card}
        onCard={setCard}
        errors={fields}
        onCardPhoto={(photo) => setEvidence((e) => ({ ...e, photo }))}
      />
      <OptInPurposesStep purposes={purposes} choice={choice} onChoice={setChoice} error={fields.purposes} />
      <OptInEvidenceStep value={evidence} onChange={setEvidence} errors={fields} recorderName={recorderName} />
      <div className="sticky bottom-0 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
        <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}

function newContactInput(card: NewCard) {
  return {
    firstName: card.firstName,
    lastName: card.lastName,
    jobTitle: card.jobTitle,
    company: card.companyName.trim()
      ? { name: card.companyName, legalForm: card.legalForm, kvkNumber: card.kvkNumber }
      : null,
    emails: card.email.trim() ? [{ address: card.email, kind: suggestEmailKind(card.email) ?? "personal" }] : [],
    phones: card.phone.trim() ? [{ number: card.phone, kind: guessPhoneKind(card.phone) }] : [],
    sourceType: "business_card" as const,
  };
}
