import { can } from "@/domain/access/permissions";
import type { Role } from "@/domain/vocabulary";
import type { ImportScope } from "./services/restrict";

/** Everyone with imports:run sees and runs every import; others only their own vCard imports. */
export function importScopeFor(user: { id: string; role: Role }): ImportScope {
  return can(user.role, "imports:run") ? {} : { ownVcardsOf: user.id };
}
