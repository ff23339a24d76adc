import { describe, expect, it } from "vitest";
import { Prisma } from "@generated/prisma/client";
import { problemFromError } from "@/server/http/api/problem";

const prismaError = (code: string) =>
  new Prisma.PrismaClientKnownRequestError("Unable to start a transaction in the given time.", {
    code,
    clientVersion: Prisma.prismaVersion.client,
  });

describe("an overloaded database", () => {
  it("answers 503 Busy, not an internal error, when no connection or transaction could be had in time", () => {
    for (const code of ["P2024", "P2028"])
      expect(problemFromError(prismaError(code), "r1")).toMatchObject({ status: 503, type: "/api-docs#problem-busy" });
  });

  it("leaves other database errors to the internal-error path", () => {
    expect(problemFromError(prismaError("P2002"))).toBeNull();
    expect(problemFromError(new Error("boom"))).toBeNull();
  });
});
