import { describe, expect, it } from "vitest";
import { neutraliseCell, writeCsv, writeCsvPart } from "@/domain/exports/write-csv";
import { portabilityCsv } from "@/features/requests/exports/portability-csv";

const FORMULAS = [
  '=HYPERLINK("http://evil.example","x")',
  "+1+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(A1)",
  "\t=1",
  " =1",
  "＝1",
];

describe("CSV formula injection", () => {
  it("keeps every cell that a spreadsheet would run as a formula as text", () => {
    for (const f of FORMULAS) expect(neutraliseCell(f)).toBe(`'${f}`);
    expect(neutraliseCell("Jan de Vries")).toBe("Jan de Vries");
    expect(neutraliseCell(null)).toBe("");
  });

  it("neutralises values supplied through the API in the portability export", () => {
    const csv = portabilityCsv([
      {
        contact: { firstName: "=cmd|' /C calc'!A0", lastName: "Visser" },
        consentHistory: [{ statement: "@SUM(1+1)", userAgent: "+Mozilla" }],
      },
    ]);
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).toContain("'+Mozilla");
    expect(csv).not.toMatch(/,=cmd/);
  });

  it("writes a header and a byte-order mark", () => {
    expect(writeCsv(["a", "b"], [["1", "x"]])).toBe("\uFEFFa,b\n1,x\n");
  });
});

describe("a file written in parts", () => {
  it("reads the same as the file written at once", () => {
    const rows = [
      ["1", "=SUM(A1)"],
      ["2", "Müller"],
      ["3", "plain"],
    ];
    const parts =
      writeCsvPart(["id", "name"], rows.slice(0, 2), true) + writeCsvPart(["id", "name"], rows.slice(2), false);
    expect(parts).toBe(writeCsv(["id", "name"], rows));
  });
});
