/**
 * What other features' client components may use from contacts: components, server actions and
 * client-safe helpers. Nothing here may import server-only code.
 */
export { searchContactsAction } from "./actions/search-contacts";
