/**
 * What other features' client components may use from api-keys: components, server actions and
 * client-safe helpers. Nothing here may import server-only code.
 */
export { ShowOnce } from "./components/show-once";
