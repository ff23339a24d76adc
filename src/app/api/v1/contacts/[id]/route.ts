import { apiRoute } from "@/server/http/api/api-route";
import { getApiContact, updateContactFromApi } from "@/features/contacts/api/adapter";
import { getContactOp, updateContactOp } from "@/features/contacts/api/operations";

export const GET = apiRoute(getContactOp, ({ ctx, params }) => getApiContact(ctx.db, params.id));
export const PATCH = apiRoute(updateContactOp, ({ ctx, params, body }) =>
  updateContactFromApi(ctx.db, ctx.audit, params.id, body),
);
