/**
 * What other features' client components may use from processors: components and server actions.
 * Nothing here may import server-only code.
 */
export { MarkProcessorNotifiedButton } from "./components/mark-processor-notified-button";
