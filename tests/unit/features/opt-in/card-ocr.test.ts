import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractCardFields } from "@/domain/business-cards";
import { OCR_ASSETS, OCR_BASE_PATH, OCR_VERSION } from "@/features/opt-in/ocr-assets";
import { OCR_WORKER_PREFIX } from "@/server/http/security-headers";
import { FIXTURE_CARD, readCardInNode } from "../../../support/card-ocr-node";
import { REPO_ROOT } from "../../../support/paths";

const installed = (pkg: string) =>
  (JSON.parse(readFileSync(path.join(REPO_ROOT, "node_modules", pkg, "package.json"), "utf8")) as { version: string })
    .version;

describe("the files the card reader is served", () => {
  it("are in the installed packages, under a URL that names the installed engine version", () => {
    expect(OCR_VERSION).toBe(installed("tesseract.js"));
    expect(OCR_BASE_PATH.startsWith(OCR_WORKER_PREFIX)).toBe(true);
    for (const [name, asset] of Object.entries(OCR_ASSETS))
      expect(existsSync(path.join(REPO_ROOT, "node_modules", asset.packageDir, asset.file)), name).toBe(true);
  });

  it("include every LSTM engine build the worker may choose", () => {
    const getCore = readFileSync(
      path.join(REPO_ROOT, "node_modules/tesseract.js/src/worker-script/browser/getCore.js"),
      "utf8",
    );
    const lstmBuilds = [...getCore.matchAll(/(tesseract-core[\w-]*-lstm\.wasm\.js)/g)].map((m) => m[1]);
    expect(lstmBuilds.length).toBeGreaterThan(0);
    for (const build of lstmBuilds) expect(Object.keys(OCR_ASSETS)).toContain(build);
  });
});

describe("reading the fixture card with tesseract.js in Node", () => {
  it("finds the name, the e-mail address and the Dutch mobile number", async () => {
    const { lines } = await readCardInNode(FIXTURE_CARD);
    const proposal = extractCardFields(lines);
    expect(proposal.name).toMatchObject({ firstName: "Marieke", lastName: "de Vries" });
    expect(proposal.email?.value).toBe("marieke.devries@jansen-installatie.nl");
    expect(proposal.phone).toMatchObject({ value: "+31612345678", kind: "mobile" });
    expect(proposal.company).toMatchObject({ value: "Jansen Installatietechniek", legalForm: "bv" });
    expect(proposal.jobTitle?.value).toBe("Commercieel manager");
    // And the landline, read as printed (+31 20 ...), is in the text too.
    expect(lines.map((l) => l.text)).toContain("T +31 20 794 5600");
  }, 60_000);
});
