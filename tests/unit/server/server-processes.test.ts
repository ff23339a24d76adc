import { describe, expect, it } from "vitest";
import { MAX_DEFAULT_PROCESSES, serverProcesses } from "../../../scripts/lib/server-processes.mjs";

const pg = "postgresql://postgres@127.0.0.1:5432/grondslag";

describe("server processes (npm start)", () => {
  it("runs one process on the embedded database, whatever the cores", () => {
    expect(serverProcesses({}, 8)).toEqual({ count: 1 });
    expect(serverProcesses({ DATABASE_URL: "./data/pglite" }, 8)).toEqual({ count: 1 });
  });

  it("runs one per core on PostgreSQL, up to a ceiling", () => {
    expect(serverProcesses({ DATABASE_URL: pg }, 2)).toEqual({ count: 2 });
    expect(serverProcesses({ DATABASE_URL: pg }, 1)).toEqual({ count: 1 });
    expect(serverProcesses({ DATABASE_URL: pg }, 64)).toEqual({ count: MAX_DEFAULT_PROCESSES });
  });

  it("takes WEB_CONCURRENCY as given on PostgreSQL", () => {
    expect(serverProcesses({ DATABASE_URL: pg, WEB_CONCURRENCY: "1" }, 8)).toEqual({ count: 1 });
    expect(serverProcesses({ DATABASE_URL: pg, WEB_CONCURRENCY: "12" }, 2)).toEqual({ count: 12 });
  });

  it("refuses more than one process on the embedded database, saying why", () => {
    const r = serverProcesses({ WEB_CONCURRENCY: "2" }, 8);
    expect(r).toEqual({ error: expect.stringContaining("embedded database") });
    expect(serverProcesses({ WEB_CONCURRENCY: "1" }, 8)).toEqual({ count: 1 });
  });

  it("refuses a value that is not a whole number in range, naming it", () => {
    for (const bad of ["0", "-1", "two", "1.5", "65"])
      expect(serverProcesses({ DATABASE_URL: pg, WEB_CONCURRENCY: bad }, 2)).toEqual({
        error: expect.stringContaining(`"${bad}"`),
      });
  });
});
