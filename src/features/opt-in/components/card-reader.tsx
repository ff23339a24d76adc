"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { extractCardFields, WEAK_PROPOSAL, type CardProposal } from "@/domain/business-cards";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { CardOcr, type OcrProgress } from "./card-ocr";
import type { NewCard } from "./opt-in-contact-step";

type FieldKey = keyof CardProposal;
const FIELD_ORDER: FieldKey[] = ["name", "company", "jobTitle", "email", "phone"];

type State =
  | { step: "idle" }
  | { step: "reading"; progress: OcrProgress }
  | { step: "failed"; reason: "failed" | "nothingFound" }
  | { step: "proposed"; proposal: CardProposal; ticked: Record<FieldKey, boolean> }
  | { step: "filled"; count: number };

/** What the form holds now for a proposed field, to ask before replacing what the rep typed. */
function current(card: NewCard, key: FieldKey): string {
  if (key === "name") return `${card.firstName} ${card.lastName}`.trim();
  if (key === "company") return card.companyName.trim();
  return card[key].trim();
}

function apply(card: NewCard, proposal: CardProposal, ticked: Record<FieldKey, boolean>): NewCard {
  const next = { ...card };
  const { name, company, jobTitle, email, phone } = proposal;
  if (name && ticked.name) Object.assign(next, { firstName: name.firstName, lastName: name.lastName });
  if (company && ticked.company)
    Object.assign(next, { companyName: company.value, ...(company.legalForm ? { legalForm: company.legalForm } : {}) });
  if (jobTitle && ticked.jobTitle) next.jobTitle = jobTitle.value;
  if (email && ticked.email) next.email = email.value;
  if (phone && ticked.phone) next.phone = phone.value;
  return next;
}

/**
 * "Read card": the rep photographs the business card, the phone reads it (OCR in a web worker,
 * nothing leaves the device) and proposes the fields; the rep unticks what is wrong and fills in
 * the rest. Nothing is saved or submitted here, and a field the rep already typed is only
 * replaced when they tick it. The photo can go on to the evidence step, which uploads it with the
 * opt-in, as any card photo.
 */
export function CardReader({
  card,
  onCard,
  onUsePhoto,
}: {
  card: NewCard;
  onCard: (card: NewCard) => void;
  onUsePhoto?: (photo: File) => void;
}) {
  const t = useTranslations("cardReader");
  const input = useRef<HTMLInputElement>(null);
  const ocr = useRef<CardOcr | null>(null);
  const [state, setState] = useState<State>({ step: "idle" });
  const [photo, setPhoto] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [handedOver, setHandedOver] = useState<File | null>(null);

  useEffect(() => () => void ocr.current?.stop(), []);
  useEffect(() => {
    if (!photo) return setPreview(null);
    const url = URL.createObjectURL(photo);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [photo]);

  function open() {
    ocr.current ??= new CardOcr();
    ocr.current.warmUp(); // the engine loads while the camera is open
    input.current?.click();
  }

  async function read(file: File) {
    setPhoto(file);
    setState({ step: "reading", progress: { stage: "loading", progress: 0 } });
    try {
      ocr.current ??= new CardOcr();
      const lines = await ocr.current.read(file, (progress) => setState({ step: "reading", progress }));
      const proposal = extractCardFields(lines);
      if (FIELD_ORDER.every((k) => proposal[k] === null)) return setState({ step: "failed", reason: "nothingFound" });
      const ticked = Object.fromEntries(
        FIELD_ORDER.map((k) => {
          const was = current(card, k);
          return [k, proposal[k] !== null && (was === "" || was === proposal[k]!.value)];
        }),
      ) as Record<FieldKey, boolean>;
      setState({ step: "proposed", proposal, ticked });
    } catch {
      setState({ step: "failed", reason: "failed" });
    }
  }

  const status =
    state.step === "reading"
      ? t(state.progress.stage, { percent: Math.round(state.progress.progress * 100) })
      : state.step === "failed"
        ? t(state.reason)
        : state.step === "filled"
          ? t("filled", { count: state.count })
          : "";

  return (
    <section className="space-y-2 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200" aria-label={t("title")}>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          onClick={open}
          disabled={state.step === "reading"}
          aria-describedby="card-reader-hint"
        >
          {photo ? t("readAnother") : t("readCard")}
        </Button>
        <input
          ref={input}
          type="file"
          accept="image/*"
          capture="environment"
          aria-label={t("photoLabel")}
          // Opened by the button above; hidden, so screen readers and the tab order meet one control.
          hidden
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ""; // the same photo may be chosen again
            if (file) void read(file);
          }}
        />
      </div>
      <p id="card-reader-hint" className="text-xs text-slate-600">
        {t("hint")}
      </p>
      <p role="status" aria-live="polite" className="text-sm empty:hidden">
        {status}
      </p>
      {state.step === "reading" && (
        <progress className="h-2 w-full" max={1} value={state.progress.progress} aria-label={t("progressLabel")} />
      )}
      {state.step === "proposed" && (
        <div className="space-y-2">
          <div className="flex items-start gap-3">
            {preview && (
              // eslint-disable-next-line @next/next/no-img-element -- a local preview (blob: URL), nothing to optimise
              <img src={preview} alt="" className="hidden h-20 w-auto rounded ring-1 ring-slate-200 sm:block" />
            )}
            <div>
              <h3 className="text-sm font-semibold">{t("proposedTitle")}</h3>
              <p className="text-xs text-slate-600">{t("proposedHint")}</p>
            </div>
          </div>
          <ul className="space-y-1">
            {FIELD_ORDER.map((key) => {
              const field = state.proposal[key];
              if (!field) return null;
              const was = current(card, key);
              return (
                <li key={key}>
                  <label className="flex min-h-11 items-start gap-3 rounded-md bg-white p-2 text-sm ring-1 ring-slate-200">
                    <input
                      type="checkbox"
                      className="mt-0.5 size-5 shrink-0"
                      checked={state.ticked[key]}
                      onChange={(e) => setState({ ...state, ticked: { ...state.ticked, [key]: e.target.checked } })}
                    />
                    <span className="min-w-0">
                      <span className="block text-xs text-slate-600">{t(`fields.${key}`)}</span>
                      <span className="block font-medium break-words">{field.value}</span>
                      {field.confidence < WEAK_PROPOSAL && <Badge tone="amber">{t("check")}</Badge>}
                      {was !== "" && was !== field.value && (
                        <span className="block text-xs text-amber-800">{t("replaces", { current: was })}</span>
                      )}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
          <div className="flex flex-wrap gap-2">
            <Button
              onClick={() => {
                onCard(apply(card, state.proposal, state.ticked));
                setState({
                  step: "filled",
                  count: FIELD_ORDER.filter((k) => state.proposal[k] && state.ticked[k]).length,
                });
              }}
            >
              {t("accept")}
            </Button>
            <Button variant="ghost" onClick={() => setState({ step: "idle" })}>
              {t("discard")}
            </Button>
          </div>
        </div>
      )}
      {photo &&
        onUsePhoto &&
        state.step !== "reading" &&
        (handedOver === photo ? (
          <p className="text-sm text-green-800">{t("usedAsEvidence")}</p>
        ) : (
          <Button
            variant="ghost"
            onClick={() => {
              onUsePhoto(photo);
              setHandedOver(photo);
            }}
          >
            {t("useAsEvidence")}
          </Button>
        ))}
    </section>
  );
}
