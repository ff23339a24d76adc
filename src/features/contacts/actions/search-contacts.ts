"use server";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { findContacts } from "../services/find-contacts";

/** The contact picker of the opt-in screen: a few matches while typing. */
export const searchContactsAction = actionClient
  .metadata({ permission: "contacts:read", name: "search-contacts" })
  .inputSchema(z.object({ q: z.string().trim().min(2).max(200) }))
  .action(async ({ parsedInput }) => {
    const { rows } = await findContacts(await getDb(), { q: parsedInput.q, limit: 8 });
    return rows.map((r) => ({
      id: r.id,
      name: `${r.firstName} ${r.lastName}`,
      company: r.company?.name ?? null,
      email: r.emails[0]?.address ?? null,
      phone: r.phones[0]?.e164 ?? null,
    }));
  });
