"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

/** Top navigation; on a phone it folds into a menu button so sales staff keep the screen for work. */
export function NavLinks({ items, menuLabel }: { items: { href: string; label: string }[]; menuLabel: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const active = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  return (
    <nav aria-label="Main" className="order-last w-full md:order-none md:w-auto">
      <button
        type="button"
        className="rounded px-2 py-1 text-sm ring-1 ring-slate-300 md:hidden"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {menuLabel}
      </button>
      <ul className={`${open ? "flex" : "hidden"} mt-2 flex-col gap-1 md:mt-0 md:flex md:flex-row md:gap-1`}>
        {items.map((i) => (
          <li key={i.href}>
            <Link
              href={i.href}
              onClick={() => setOpen(false)}
              aria-current={active(i.href) ? "page" : undefined}
              className="block rounded px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-800"
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
