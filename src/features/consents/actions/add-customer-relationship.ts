"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionClient } from "@/server/action-client";
import { getDb } from "@/server/db";
import { ZAddCustomerRelationshipInput } from "../schemas";
import { addCustomerRelationship } from "../services/add-customer-relationship";

export const addCustomerRelationshipAction = actionClient
  .metadata({ permission: "relationships:manage", name: "add-customer-relationship" })
  .inputSchema(ZAddCustomerRelationshipInput.extend({ contactId: z.uuid() }))
  .action(async ({ parsedInput: { contactId, ...input }, ctx }) => {
    const result = await addCustomerRelationship(await getDb(), ctx.audit, contactId, input);
    revalidatePath(`/contacts/${contactId}`);
    return { id: result.id };
  });
