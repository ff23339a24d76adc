/**
 * Reading a business card: tesseract.js with the Dutch and English language data on the committed
 * fixture card, in Node on this machine (the browser runs the same WebAssembly engine in a worker;
 * a phone is slower or faster depending on its CPU). Prints the time to load the engine and the
 * language data, and the time to read one card beside the target of 5 s, then the median of three
 * more reads with the engine loaded.
 */
import { extractCardFields } from "@/domain/business-cards";
import { FIXTURE_CARD, readCardInNode } from "../tests/support/card-ocr-node";
import { figure, type Bench } from "./_bench";

const TARGET_SECONDS = 5;

const bench: Bench = {
  description: "OCR of the fixture business card (tesseract.js, nld+eng)",
  async run() {
    const runs: { loadMs: number; readMs: number }[] = [];
    let found = "";
    for (let i = 0; i < 4; i++) {
      const { lines, loadMs, readMs } = await readCardInNode(FIXTURE_CARD);
      runs.push({ loadMs, readMs });
      const p = extractCardFields(lines);
      found = [p.name?.value, p.email?.value, p.phone?.value].filter(Boolean).join(", ");
    }
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const [first, ...rest] = runs;
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    figure("load engine + nld/eng data (first run)", s(first.loadMs));
    figure("read one card (first run)", `${s(first.readMs)}   target ${TARGET_SECONDS} s`);
    figure("load + read (first run)", `${s(first.loadMs + first.readMs)}`);
    figure(
      "read one card (median of 3 more runs)",
      `${s(median(rest.map((r) => r.readMs)))}   target ${TARGET_SECONDS} s`,
    );
    figure("found", found);
  },
};
export default bench;
