"use client";
import { createContext, useContext, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";

type Selection = { ids: string[]; selected: Set<string>; toggle(id: string): void; setAll(on: boolean): void };
const SelectionContext = createContext<Selection | null>(null);

export function useSelection() {
  const s = useContext(SelectionContext);
  if (!s) throw new Error("useSelection outside BulkSelection");
  return s;
}

/** Holds which contacts of the page are selected; the selection never reaches past this page. */
export function BulkSelection({ ids, children }: { ids: string[]; children: ReactNode }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const setAll = (on: boolean) => setSelected(on ? new Set(ids) : new Set());
  return <SelectionContext.Provider value={{ ids, selected, toggle, setAll }}>{children}</SelectionContext.Provider>;
}

export function RowCheckbox({ id, name }: { id: string; name: string }) {
  const t = useTranslations("tags");
  const { selected, toggle } = useSelection();
  return (
    <input
      type="checkbox"
      className="size-5"
      checked={selected.has(id)}
      onChange={() => toggle(id)}
      aria-label={t("selectContact", { name })}
      data-testid="select-contact"
    />
  );
}

export function SelectAllCheckbox() {
  const t = useTranslations("tags");
  const { ids, selected, setAll } = useSelection();
  const all = ids.length > 0 && selected.size === ids.length;
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-5"
        checked={all}
        ref={(el) => {
          if (el) el.indeterminate = selected.size > 0 && !all;
        }}
        onChange={() => setAll(!all)}
      />
      {t("selectAll")}
    </label>
  );
}
