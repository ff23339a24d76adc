/**
 * How this Node.js collects the short-lived objects every server request makes (no database, no
 * server). On Node.js 20 a web stream, an AbortSignal with a listener and an object registered with
 * a FinalizationRegistry are not collected by young-generation collections (scavenges): they and
 * everything they reach are copied, promoted to the old generation and only freed by a full
 * collection. Next.js makes several of each per request, which is why about 12 % of what a request
 * allocates is promoted (README, Performance). Plain objects are the yardstick: scavenges free them.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { SERVER_NODE_FLAGS } from "../scripts/lib/server-node-flags.mjs";
import { figure, type Bench } from "./_bench";

const KINDS = ["plain object", "ReadableStream", "AbortSignal with a listener", "FinalizationRegistry entry"];
const child = path.join(import.meta.dirname, "_gc-escape-child.mjs");

const bench: Bench = {
  description: `100,000 dropped objects of each kind (1.6 KB each) on Node.js ${process.versions.node}: how much reaches the old generation (plain objects: what freed garbage looks like)`,
  async run() {
    for (const kind of KINDS) {
      // A fresh process per kind, with the server's flags, so that no kind inherits another's heap.
      const out = execFileSync(process.execPath, [...SERVER_NODE_FLAGS, child, kind], { encoding: "utf8" });
      const r = JSON.parse(out.trim().split("\n").pop()!) as {
        scavenges: number;
        full: number;
        promotedMb: number;
        allocatedMb: number;
      };
      figure(
        kind,
        `${r.promotedMb.toFixed(0)} MB promoted for ${r.allocatedMb.toFixed(0)} MB of payload; ${r.scavenges} scavenges, ${r.full} full collections (report)`,
      );
    }
  },
};
export default bench;
