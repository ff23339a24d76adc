"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { isCurrent } from "./nav-items";

export type ShellSection = { group: string; label: string; items: { href: string; label: string }[] };

/**
 * The frame of every signed-in page: a sidebar of grouped links from `lg` up; below that the same
 * navigation folds behind a disclosure button, so sales staff on a phone keep the screen for work.
 * The menu closes when a link is followed, when the page changes and on Escape (focus goes back to
 * the button, so keyboard and screen-reader users do not lose their place).
 */
export function ShellFrame({
  sections,
  labels,
  brand,
  tools,
  children,
}: {
  sections: ShellSection[];
  labels: { menu: string; navigation: string };
  brand: ReactNode;
  tools: ReactNode;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [shownFor, setShownFor] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
  // A new page closes the menu (the state is reset while rendering, as React recommends).
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:grid-rows-[auto_1fr]">
      <header className="border-b border-slate-200 bg-white lg:col-start-2 lg:row-start-1">
        <div className="flex min-h-14 flex-wrap items-center gap-x-3 gap-y-2 px-4 py-2">
          <button
            ref={button}
            type="button"
            className="rounded px-3 py-1.5 text-sm ring-1 ring-slate-300 lg:hidden"
            aria-expanded={open}
            aria-controls="main-menu"
            onClick={() => setOpen(!open)}
          >
            {labels.menu}
          </button>
          <div className="lg:hidden">{brand}</div>
          {tools}
        </div>
      </header>
      <div
        id="main-menu"
        className={`${open ? "block" : "hidden"} border-b border-slate-200 bg-white lg:sticky lg:top-0 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:block lg:h-screen lg:self-start lg:overflow-y-auto lg:border-r lg:border-b-0`}
      >
        <div className="hidden h-14 items-center px-4 lg:flex">{brand}</div>
        <nav aria-label={labels.navigation} className="space-y-4 px-2 py-3 lg:pt-0">
          {sections.map((s) => (
            <div key={s.group}>
              <p
                id={`nav-group-${s.group}`}
                className="px-3 pb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase"
              >
                {s.label}
              </p>
              <ul aria-labelledby={`nav-group-${s.group}`} className="space-y-0.5">
                {s.items.map((i) => (
                  <li key={i.href}>
                    <Link
                      href={i.href}
                      onClick={() => setOpen(false)}
                      aria-current={isCurrent(i.href, pathname) ? "page" : undefined}
                      className="block rounded px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-800"
                    >
                      {i.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </div>
      <main id="main" className="mx-auto w-full max-w-7xl min-w-0 px-4 py-6 lg:col-start-2 lg:row-start-2">
        {children}
      </main>
    </div>
  );
}
