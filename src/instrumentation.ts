/**
 * Runs once when the server starts. The work is Node-only (database, signals), so it lives in
 * instrumentation-node.ts and is not bundled for the Edge runtime.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
