import { expect, test, storageStateFor } from "./fixtures";

/**
 * An administrator creates an API key in the app, sees it exactly once, the key works
 * against the API, and after revoking it the API refuses it.
 */
test.describe("API keys", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin creates a key, sees it once, uses it, and revokes it", async ({ page, request }) => {
    const name = `Webformulier ${Date.now()}`;
    await page.goto("/admin/api-keys");
    await expect(page.getByRole("heading", { name: "API-sleutels" })).toBeVisible();
    const form = page.getByRole("form", { name: "Sleutel aanmaken" });
    await form.getByLabel("Naam").fill(name);
    await form.getByRole("checkbox", { name: /eligibility:read/ }).check();
    await form.getByRole("checkbox", { name: /consents:write/ }).check();
    await form.getByRole("button", { name: "Sleutel aanmaken" }).click();

    const shown = page.getByTestId("secret-once");
    await expect(shown).toHaveValue(/^grd_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    const token = await shown.inputValue();
    await expect(page.getByText("Hij wordt maar één keer getoond")).toBeVisible();
    const row = page.getByTestId(`api-key-${name}`);
    await expect(row).toContainText(`grd_${token.slice(4, 16)}_…`);
    await expect(row).toContainText("eligibility:read");
    await expect(row).toContainText("nog nooit gebruikt");

    // The key works, and only for what it may do.
    const auth = { Authorization: `Bearer ${token}` };
    const listed = await request.get("/api/v1/purposes", { headers: auth });
    expect(listed.status()).toBe(200);
    // The API serves no page: nothing in its answers may run or be framed (next.config.ts).
    expect(listed.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(listed.headers()["x-content-type-options"]).toBe("nosniff");
    expect(listed.headers()["x-frame-options"]).toBe("DENY");
    const overHttps = await request.get("/api/v1/purposes", { headers: { ...auth, "X-Forwarded-Proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"]).toContain("max-age=31536000");
    expect((await request.post("/api/v1/purposes", { headers: auth, data: {} })).status()).toBe(403);

    // Shown once: after hiding it, and after a reload, it is nowhere on the page.
    await page.getByRole("button", { name: "Klaar, verbergen" }).click();
    await expect(shown).toHaveCount(0);
    await page.reload();
    await expect(page.locator("body")).not.toContainText(token.slice(17));
    await expect(row).toContainText("laatst gebruikt");

    await row.getByRole("button", { name: "Intrekken" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Intrekken" }).click();
    await expect(row.getByText("Ingetrokken", { exact: true })).toBeVisible();
    const refused = await request.get("/api/v1/purposes", { headers: auth });
    expect(refused.status()).toBe(401);
    expect(refused.headers()["content-type"]).toContain("application/problem+json");
  });

  test("an admin registers a webhook endpoint and sees its signing secret once", async ({ page }) => {
    const url = `https://hooks.example.nl/grondslag/${Date.now()}`;
    await page.goto("/admin/webhooks");
    const form = page.getByRole("form", { name: "Adres registreren" });
    await form.getByLabel("Adres (URL)").fill(url);
    await form.getByRole("button", { name: "Adres registreren" }).click();
    await expect(page.getByTestId("secret-once")).toHaveValue(/^whsec_/);
    await expect(page.getByTestId(`webhook-${url}`)).toContainText("contact.erased");
    await page.reload();
    await expect(page.getByTestId("secret-once")).toHaveCount(0);
    // Nothing listens there: switch it off again, which asks first.
    const row = page.getByTestId(`webhook-${url}`);
    await row.getByRole("button", { name: "Uitschakelen" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Uitschakelen" }).click();
    await expect(row.getByText("Uitgeschakeld", { exact: true })).toBeVisible();
  });
});

test.describe("who sees what", () => {
  test.use({ storageState: storageStateFor("sales") });

  test("sales staff read the API reference but cannot manage keys or webhooks", async ({ page }) => {
    await page.goto("/api-docs");
    await expect(page.getByRole("heading", { name: "API-naslag" })).toBeVisible();
    await expect(page.getByText("/api/v1/eligibility/batch")).toBeVisible();
    await expect(page.getByRole("link", { name: "API-sleutels" })).toHaveCount(0);
    expect((await page.goto("/admin/api-keys"))?.status()).toBe(403);
    expect((await page.goto("/admin/webhooks"))?.status()).toBe(403);
  });
});
