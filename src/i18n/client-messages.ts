import type { AbstractIntlMessages } from "next-intl";

/**
 * The texts a page's client components need, and no more. Every message passed to a client provider
 * is serialised into each page's HTML: all of them are about 120 kB per language, sent with every
 * public page a contact opens from a mail, and compressed by the server on every request.
 */

/** Read by client components rendered by the root layout itself (the error page, the language switch). */
export const ROOT_CLIENT_NAMESPACES = ["common"];

/**
 * Read by client components on the public pages (sign-up forms, preference centre, unsubscribe,
 * confirmation, rights requests). A test walks those pages' imports and fails when a client component
 * there reads a namespace missing from this list.
 */
export const PUBLIC_CLIENT_NAMESPACES = ["common", "consents.channels", "public.confirmation", "public.unsubscribe"];

/** `messages` cut down to the given namespaces; a dotted name ("public.unsubscribe") takes one branch. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: AbstractIntlMessages | string | undefined = messages;
    let into = picked;
    for (const [i, key] of path.entries()) {
      if (typeof from !== "object" || !(key in from)) throw new Error(`No messages under "${namespace}".`);
      from = from[key];
      if (i === path.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as AbstractIntlMessages;
    }
  }
  return picked;
}
