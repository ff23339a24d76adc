"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { searchWorkspaceAction } from "../actions/search-workspace";
import type { SearchHit } from "../services/search-workspace";

/** Typing in another field must not be taken over by the "/" shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The search box in the top bar (WAI-ARIA combobox with a listbox popup): "/" or Ctrl/Cmd+K puts
 * the cursor in it from anywhere, arrow keys move through the results, Enter opens one, Escape
 * closes the list. Results come from the server per keystroke pause; only the latest answer counts.
 */
export function GlobalSearch() {
  const t = useTranslations("search");
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const asked = useRef(0);
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const combo = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "k";
      if (combo || (e.key === "/" && !isTyping(e.target) && !e.altKey && !e.ctrlKey && !e.metaKey)) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const text = q.trim();
    const ticket = ++asked.current;
    if (text.length < 2) return;
    const timer = setTimeout(async () => {
      const result = await searchWorkspaceAction({ q: text });
      if (ticket !== asked.current) return;
      setHits(result?.data ?? []);
      setActive(-1);
      setOpen(true);
    }, 200);
    return () => clearTimeout(timer);
  }, [q]);

  const shown = open && q.trim().length >= 2 && hits !== null;
  const go = (hit: SearchHit) => {
    setOpen(false);
    setQ("");
    setHits(null);
    router.push(hit.href);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      if (shown) e.stopPropagation();
      setOpen(false);
      return;
    }
    if (!hits || hits.length === 0) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
    } else if (e.key === "Enter" && shown) {
      e.preventDefault();
      go(hits[active >= 0 ? active : 0]);
    }
  };

  const listId = `${id}-results`;
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <div role="search" aria-label={t("label")} className="relative order-last w-full sm:order-none sm:w-72">
      <label htmlFor={`${id}-input`} className="sr-only">
        {t("label")}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder={t("placeholder")}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          if (e.target.value.trim().length < 2) setHits(null);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-base sm:text-sm"
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={t("results")}
        hidden={!shown}
        className="absolute inset-x-0 top-full z-50 mt-1 max-h-96 overflow-y-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
      >
        {hits?.length === 0 && (
          <li role="presentation" className="px-3 py-2 text-sm text-slate-600">
            {t("nothingFound")}
          </li>
        )}
        {hits?.map((hit, i) => (
          <li
            key={`${hit.kind}-${hit.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              go(hit);
            }}
            className="cursor-pointer px-3 py-2 text-sm aria-selected:bg-brand-50"
          >
            {hit.kind === "contact" ? (
              <>
                <span className="font-medium">{hit.name}</span>
                <span className="block truncate text-xs text-slate-600">
                  {t("kinds.contact")}
                  {[hit.company, hit.email, hit.phone].filter(Boolean).map((v) => ` · ${v}`)}
                </span>
              </>
            ) : (
              <>
                <span className="font-medium">{hit.reference}</span>
                <span className="block text-xs text-slate-600">
                  {t("kinds.request")} · {t(`requestTypes.${hit.type}`)} · {t(`requestStatuses.${hit.status}`)}
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
