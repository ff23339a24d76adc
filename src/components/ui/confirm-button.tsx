"use client";
import { useRef, type ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";

/**
 * A button that asks before doing something that cannot be undone. Uses the native <dialog>, so
 * Escape cancels and focus is trapped without extra code.
 */
export function ConfirmButton(props: {
  label: ReactNode;
  title: ReactNode;
  body?: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void;
  variant?: ButtonVariant;
  disabled?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button variant={props.variant ?? "secondary"} disabled={props.disabled} onClick={() => ref.current?.showModal()}>
        {props.label}
      </Button>
      <dialog ref={ref} className="m-auto w-[min(28rem,90vw)] rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
        <h2 className="text-lg font-semibold">{props.title}</h2>
        {props.body && <div className="mt-2 text-sm text-slate-600">{props.body}</div>}
        <div className="mt-6 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => ref.current?.close()}>
            {props.cancelLabel}
          </Button>
          <Button
            variant={props.variant === "danger" ? "danger" : "primary"}
            onClick={() => {
              ref.current?.close();
              props.onConfirm();
            }}
          >
            {props.confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
