import "server-only";
import { readEnv, type Env } from "./env-schema";

/**
 * The validated environment, read once. Importing this module in a process with invalid
 * configuration throws with a message that names each bad variable.
 */
const globalForEnv = globalThis as unknown as { grondslagEnv?: Env };
export const env: Env = (globalForEnv.grondslagEnv ??= readEnv(process.env));
