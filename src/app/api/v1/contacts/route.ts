import { hasScope } from "@/domain/access/api-scopes";
import { AppError } from "@/server/errors";
import { apiRoute } from "@/server/http/api/api-route";
import { createContactFromApi, findApiContactsByEmail } from "@/features/contacts/api/adapter";
import { createContactOp, findContactsOp } from "@/features/contacts/api/operations";

export const GET = apiRoute(findContactsOp, ({ ctx, query }) => findApiContactsByEmail(ctx.db, query.email));

export const POST = apiRoute(createContactOp, async ({ ctx, body }) => {
  // Consents recorded with a new contact are consents: the key needs that scope too.
  if (body.consents.length > 0 && !hasScope(ctx.key.scopes, "consents:write")) {
    throw new AppError("FORBIDDEN", 'Recording consents with a contact needs the scope "consents:write" as well.');
  }
  return createContactFromApi(ctx.db, ctx.audit, body);
});
