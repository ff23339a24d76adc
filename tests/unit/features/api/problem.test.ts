import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { problemFromError } from "@/server/http/api/problem";
import { withApiFieldNames } from "@/server/http/api/rename-fields";

describe("problem documents", () => {
  it("map each error code to its status and type, with field messages in English", () => {
    const p = problemFromError(
      new AppError("INVALID_INPUT", "Invalid input: email", {
        fields: [{ field: "email", message: "validation.email", code: "custom" }],
      }),
      "r1",
    );
    expect(p).toEqual({
      type: "/api-docs#problem-invalid-input",
      title: "Invalid input",
      status: 400,
      detail: "Invalid input: email",
      errors: [{ field: "email", message: "Enter a valid e-mail address.", code: "custom" }],
      requestId: "r1",
    });
    expect(problemFromError(new AppError("UNLAWFUL", "No."))?.status).toBe(422);
    expect(problemFromError(new AppError("CONFLICT", "No."))?.status).toBe(409);
    expect(problemFromError(new AppError("NOT_FOUND", "No."))?.status).toBe(404);
  });

  it("describe nothing that is not an expected error", () => {
    expect(problemFromError(new Error("connection string postgres://secret"))).toBeNull();
    expect(problemFromError("boom")).toBeNull();
  });
});

describe("API field names in errors", () => {
  it("renames service fields to the API's, by exact name or prefix, and folds designation details into one field", async () => {
    const run = (fields: string[]) =>
      withApiFieldNames(
        { requesterEmail: "subjectEmail", nameNl: "name.nl", "contactIds.0": "contactId" },
        async () => {
          throw new AppError("INVALID_INPUT", "bad", { fields: fields.map((field) => ({ field, message: "x" })) });
        },
      ).catch((e: AppError) => e.fields.map((f) => f.field));
    expect(
      await run(["requesterEmail", "nameNl", "contactIds.0", "emails.1.designation.where", "source.type"]),
    ).toEqual(["subjectEmail", "name.nl", "contactId", "emails.1.designation", "source.type"]);
  });
});
