import { describe, expect, it } from "vitest";
import { serverProcesses } from "../../../scripts/lib/server-processes.mjs";

const pg = "postgresql://postgres@127.0.0.1:5432/grondslag";

describe("server processes (npm start)", () => {
  it("runs one process unless told otherwise, on either database", () => {
    expect(serverProcesses({})).toEqual({ count: 1 });
    expect(serverProcesses({ DATABASE_URL: "./data/pglite" })).toEqual({ count: 1 });
    expect(serverProcesses({ DATABASE_URL: pg })).toEqual({ count: 1 });
    expect(serverProcesses({ DATABASE_URL: pg, WEB_CONCURRENCY: "" })).toEqual({ count: 1 });
  });

  it("takes WEB_CONCURRENCY as given on PostgreSQL", () => {
    expect(serverProcesses({ DATABASE_URL: pg, WEB_CONCURRENCY: "2" })).toEqual({ count: 2 });
    expect(serverProcesses({ DATABASE_URL: pg, WEB_CONCURRENCY: "12" })).toEqual({ count: 12 });
  });

  it("refuses more than one process on the embedded database, saying why", () => {
    expect(serverProcesses({ WEB_CONCURRENCY: "2" })).toEqual({ error: expect.stringContaining("embedded database") });
    expect(serverProcesses({ WEB_CONCURRENCY: "1" })).toEqual({ count: 1 });
  });

  it("refuses a value that is not a whole number in range, naming it", () => {
    for (const bad of ["0", "-1", "two", "1.5", "65"])
      expect(serverProcesses({ DATABASE_URL: pg, WEB_CONCURRENCY: bad })).toEqual({
        error: expect.stringContaining(`"${bad}"`),
      });
  });
});
