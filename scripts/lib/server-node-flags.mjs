/**
 * Node flags for the server processes (scripts/serve.mjs), and for the `runtime-gc` bench, which
 * measures the collector with the same young generation the server has.
 *
 * A young generation of up to 32 MB (V8's default is 16). It was chosen so that fewer objects of
 * requests in flight would reach the old generation; later measurements showed that on Node.js 20
 * the share a request promotes does not depend on this size (web streams, abort signals and objects
 * registered for finalisation outlive scavenges whatever it is), and that 16 MB was no better at
 * 200 req/s. The figures are in the README's Performance section only.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];
