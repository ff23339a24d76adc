"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/card";
import { useFormErrors } from "@/components/ui/use-action-form";
import { setMailLogoAction } from "../actions/set-mail-logo";

/** Upload or remove the logo of campaign mail (PNG or JPEG, served by the product itself). */
export function MailLogoField({ hasLogo, version, canEdit }: { hasLogo: boolean; version: number; canEdit: boolean }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const { errors, fromResult } = useFormErrors();
  const [pending, start] = useTransition();
  async function upload(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (const b of bytes) binary += String.fromCharCode(b);
    const type = file.type === "image/png" || file.type === "image/jpeg" ? file.type : ("image/png" as const);
    const res = await setMailLogoAction({ logo: { type, base64: btoa(binary) } });
    if (fromResult(res)) router.refresh();
  }
  return (
    <div className="space-y-2 sm:col-span-2">
      <label htmlFor="mailLogo" className="block text-sm font-medium text-slate-800">
        {t("fields.mailLogo")}
      </label>
      {hasLogo && (
        // eslint-disable-next-line @next/next/no-img-element -- a served file, not an optimisable asset
        <img src={`/brand/mail-logo?v=${version}`} alt={t("fields.mailLogoCurrent")} className="h-12 w-auto" />
      )}
      <input
        id="mailLogo"
        type="file"
        accept="image/png,image/jpeg"
        disabled={!canEdit || pending}
        aria-describedby="mailLogo-hint"
        className="block text-sm"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) start(() => upload(file));
        }}
      />
      <p id="mailLogo-hint" className="text-xs text-slate-500">
        {t("hints.mailLogo")}
      </p>
      {(errors.form || errors.fields.logo) && <Alert>{errors.form ?? errors.fields.logo}</Alert>}
      {hasLogo && canEdit && (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              if (fromResult(await setMailLogoAction({ logo: null }))) router.refresh();
            })
          }
        >
          {t("mailLogoRemove")}
        </Button>
      )}
    </div>
  );
}
