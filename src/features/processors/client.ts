/**
 * What other features' client components may use from processors: components and server actions.
 * Nothing here may import server-only code.
 */
export { ProcessorsToTell } from "./components/processors-to-tell";
