/**
 * What other features' client components may use from contacts: components, server actions and
 * client-safe helpers. Nothing here may import server-only code.
 */
export { searchContactsAction } from "./actions/search-contacts";
export { ZCompanyInput } from "./schemas";
export { ZCreateContactInput } from "./schemas";
export { ZEmailInput } from "./schemas";
export { ZPhoneInput } from "./schemas";
export { ZPostalAddressInput } from "./schemas";
export { ZSourceInput } from "./schemas";
export { ZUpdateContactInput } from "./schemas";
