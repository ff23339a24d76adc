"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { suggestEmailKind } from "@/domain/contact-points";
import { Button } from "@/components/ui/button";
import { Alert, Badge } from "@/components/ui/card";
import { STRENGTH_TONE } from "@/features/consents/client";
import { useFormErrors } from "@/components/ui/use-action-form";
import { logOptInAction } from "../actions/log-opt-in";
import { searchContactsAction } from "@/features/contacts/client";
import { OptInContactStep, EMPTY_CARD, type NewCard, type PickedContact } from "./opt-in-contact-step";
import { OptInPurposesStep, tickChannels, ticked, type OptInPurpose, type PurposeChoice } from "./opt-in-purposes-step";
import { OptInEvidenceStep, STAFF_METHODS, type Evidence, type StaffMethod } from "./opt-in-evidence-step";
import { guessPhoneKind, optInErrors, toLocalInput } from "./opt-in-errors";
import { OfflineQueuePanel } from "./offline-queue-panel";
import { useOfflineQueue } from "../offline/use-offline-queue";
import type { QueuedOptIn, QueuedPayload } from "../offline/queue-store";

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
  const tq = useTranslations("consents.optIn.offline");
  const [pending, setPending] = useState(false);
  const top = useRef<HTMLDivElement>(null);
  const queue = useOfflineQueue();
  const [savedOffline, setSavedOffline] = useState(false);
  // The id an opt-in taken back from the queue keeps: the server has not recorded it under that id.
  const [editing, setEditing] = useState<string | null>(null);
  const recent = queue.kit?.recentContacts;
  const search = useCallback((q: string) => searchContacts(q, recent ?? []), [recent]);

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
  function clearForm(form: HTMLFormElement) {
    localStorage.setItem(REMEMBER, JSON.stringify({ location: evidence.location, method: evidence.method }));
    setPicked(null);
    setCard(EMPTY_CARD);
    setChoice(freshChoice(purposes));
    setEvidence({
      ...freshEvidence(),
      method: evidence.method,
      location: evidence.location,
      capturedAt: toLocalInput(new Date()),
    });
    setEditing(null);
    form.reset(); // clears the file input; the other fields are controlled
  }

  /** No network: the opt-in waits on the phone (IndexedDB) and is sent by itself later. */
  async function saveOnPhone(form: HTMLFormElement, payload: QueuedPayload, capturedAt: string) {
    await queue.enqueue({
      clientId: editing ?? crypto.randomUUID(),
      givenAtDevice: capturedAt,
      label:
        mode === "existing"
          ? (picked?.name ?? "")
          : `${card.firstName} ${card.lastName}`.trim() || card.email || card.phone,
      payload,
      photo: evidence.photo ? { name: evidence.photo.name, blob: evidence.photo } : null,
    });
    setSavedOffline(true);
    clearForm(form);
  }

  /** A refused opt-in back into the form, to correct and save again. */
  function edit(item: QueuedOptIn) {
    const p = item.payload;
    const contact = p.newContact as Partial<Record<string, unknown>> | undefined;
    if (p.contactId) {
      setMode("existing");
      setPicked(
        queue.kit?.recentContacts.find((c) => c.id === p.contactId) ?? {
          id: p.contactId,
          name: item.label,
          company: null,
          email: null,
          phone: null,
        },
      );
    } else if (contact) {
      setMode("new");
      const company = contact.company as { name?: string; legalForm?: NewCard["legalForm"]; kvkNumber?: string } | null;
      const emails = (contact.emails as { address: string }[] | undefined) ?? [];
      const phones = (contact.phones as { number: string }[] | undefined) ?? [];
      setCard({
        ...EMPTY_CARD,
        firstName: String(contact.firstName ?? ""),
        lastName: String(contact.lastName ?? ""),
        jobTitle: String(contact.jobTitle ?? ""),
        companyName: company?.name ?? "",
        legalForm: company?.legalForm ?? EMPTY_CARD.legalForm,
        kvkNumber: company?.kvkNumber ?? "",
        email: emails[0]?.address ?? "",
        phone: phones[0]?.number ?? "",
      });
    }
    setChoice(
      Object.fromEntries(
        purposes.map((pu) => {
          const chosen = p.purposes.find((x) => x.purpose === pu.key);
          const fresh = freshChoice(purposes)[pu.key];
          return [pu.key, chosen ? { ...fresh, checked: true } : fresh];
        }),
      ),
    );
    setEvidence({
      ...freshEvidence(),
      method: STAFF_METHODS.includes(p.method as StaffMethod) ? (p.method as StaffMethod) : "business_card",
      capturedAt: toLocalInput(new Date(item.givenAtDevice)),
      location: p.location,
      statement: p.statement,
      onBehalf: !!p.grantor,
      grantorName: p.grantor?.name ?? "",
      grantorRole: p.grantor?.role ?? "",
      grantorAuthority: p.grantor?.authority ?? "",
      photo: item.photo ? new File([item.photo.blob], item.photo.name, { type: item.photo.blob.type }) : null,
      affirmative: !!p.affirmativeAct,
      sendConfirmation: p.sendWrittenConfirmation !== false,
    });
    setEditing(item.clientId);
    void queue.discard(item.clientId);
    top.current?.scrollIntoView({ block: "start" });
  }

  async function submit(form: HTMLFormElement) {
    setPending(true);
    setSaved(null);
    setSavedOffline(false);
    const capturedAt = evidence.capturedAt ? new Date(evidence.capturedAt).toISOString() : new Date().toISOString();
    const payload: QueuedPayload = {
      ...(mode === "existing" ? { contactId: picked?.id } : { newContact: newContactInput(card) }),
      purposes: ticked(purposes, choice),
      method: evidence.method,
      affirmativeAct: evidence.affirmative,
      location: evidence.location,
      statement: evidence.statement,
      grantor: evidence.onBehalf
        ? { name: evidence.grantorName, role: evidence.grantorRole, authority: evidence.grantorAuthority }
        : null,
      sendWrittenConfirmation: evidence.sendConfirmation,
    };
    if (!navigator.onLine) {
      await saveOnPhone(form, payload, capturedAt);
      setPending(false);
      top.current?.scrollIntoView({ block: "start" });
      return;
    }
    let result;
    try {
      result = await logOptInAction({
        ...(payload as Omit<Parameters<typeof logOptInAction>[0], "capturedAt">),
        capturedAt,
        photos: evidence.photo ? [{ name: evidence.photo.name, file: evidence.photo }] : [],
      });
    } catch {
      // The request did not reach the server (the network dropped on the way): keep it on the phone.
      await saveOnPhone(form, payload, capturedAt);
      setPending(false);
      top.current?.scrollIntoView({ block: "start" });
      return;
    }
    if (fromResult(result) && result?.data) {
      setSaved({
        contactId: result.data.contactId,
        count: result.data.consentIds.length,
        strength: result.data.evidenceStrength,
        confirmation: result.data.confirmation,
      });
      clearForm(form);
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
        {savedOffline && <Alert tone="green">{tq("savedOffline")}</Alert>}
        <OfflineQueuePanel
          items={queue.items}
          synced={queue.synced}
          onSync={() => void queue.syncNow()}
          onEdit={edit}
          onDiscard={(id) => void queue.discard(id)}
        />
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
        search={search}
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

/**
 * The contact picker's search: the server's when there is network, else the rep's recent contacts
 * kept on the phone (the offline kit), by name, company, e-mail or phone.
 */
async function searchContacts(q: string, recent: PickedContact[]): Promise<PickedContact[]> {
  if (navigator.onLine) {
    try {
      const result = await searchContactsAction({ q });
      if (result?.data) return result.data;
    } catch {
      // Fall through to the contacts on the phone.
    }
  }
  const needle = q.trim().toLowerCase();
  return recent
    .filter((c) => [c.name, c.company, c.email, c.phone].some((v) => v?.toLowerCase().includes(needle)))
    .slice(0, 8);
}
