import { test as base, expect, type Page } from "@playwright/test";
import path from "node:path";
import type { Role } from "../src/domain/vocabulary";

/** The users the first-run journey creates; every other journey signs in as one of them. */
export const PASSWORD = "correct horse battery staple";
export const USERS: Record<Role, { email: string; password: string; name: string }> = {
  admin: { email: "admin@e2e.test", password: PASSWORD, name: "Anne Admin" },
  privacy_officer: { email: "fg@e2e.test", password: PASSWORD, name: "Pieter Privacy" },
  marketer: { email: "marketing@e2e.test", password: PASSWORD, name: "Mila Marketing" },
  sales: { email: "sales@e2e.test", password: PASSWORD, name: "Sven Sales" },
};

export function storageStateFor(role: Role): string {
  return path.join(import.meta.dirname, ".auth", `${role}.json`);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

export async function useEnglish(page: Page) {
  const url = new URL(page.url() === "about:blank" ? "http://127.0.0.1" : page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", domain: url.hostname, path: "/" }]);
}

export const test = base;
export { expect };
