"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A secret shown once (API key, webhook signing secret): selectable, copyable, with the warning
 * that it will not be shown again. Shared by the API-keys and webhooks screens.
 */
export function ShowOnce(props: {
  label: string;
  value: string;
  warning: string;
  copyLabel: string;
  copiedLabel: string;
  doneLabel: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
      <p className="font-medium text-amber-900">{props.warning}</p>
      <label className="block text-slate-800">
        {props.label}
        <input
          readOnly
          value={props.value}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="secret-once"
          className="mt-1 block w-full rounded border border-amber-300 bg-white px-2 py-1 font-mono text-xs"
        />
      </label>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(props.value).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? props.copiedLabel : props.copyLabel}
        </Button>
        <Button variant="ghost" onClick={props.onDone}>
          {props.doneLabel}
        </Button>
      </div>
    </div>
  );
}
