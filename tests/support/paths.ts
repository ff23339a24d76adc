import path from "node:path";

/** The repository's root, for tests that read source files or messages (independent of where the test lives). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
