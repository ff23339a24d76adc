// Next.js provides "server-only" to server bundles; a plain Node process (the benches, the crash
// tests' worker) has no such package. Resolve it to an empty module, as the test runner's own alias does.
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`)}`,
);
