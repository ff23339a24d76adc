"use client";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { countQueued, wipeOfflineData } from "@/features/opt-in/client";
import { signOutAction } from "../actions/sign-out";

/**
 * Signing out also removes what the opt-in screen kept on this device (waiting opt-ins, the cached
 * screen and contacts). Opt-ins not yet sent would be lost, so the user is asked first.
 */
export function SignOutButton({ label }: { label: string }) {
  const t = useTranslations("consents.optIn.offline");
  const cleared = useRef(false);
  return (
    <form
      action={signOutAction}
      onSubmit={async (e) => {
        if (cleared.current) return; // the device is clean: let the sign-out go through
        const form = e.currentTarget;
        e.preventDefault();
        const waiting = await countQueued().catch(() => 0);
        if (waiting > 0 && !window.confirm(t("signOutConfirm", { count: waiting }))) return;
        await wipeOfflineData().catch(() => undefined);
        cleared.current = true;
        form.requestSubmit();
      }}
    >
      <button type="submit" className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
