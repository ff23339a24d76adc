import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/server/http/security-headers";

const base = { nonce: "abc123", https: false, pathname: "/contacts", development: false };

describe("security headers", () => {
  it("allows only scripts with this response's nonce, and no framing", () => {
    const h = securityHeaders(base);
    expect(h["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(h["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["Referrer-Policy"]).toBe("same-origin");
    expect(h["Permissions-Policy"]).toContain("microphone=()");
    expect(h["Strict-Transport-Security"]).toBeUndefined();
  });

  it("lets other sites frame the embeddable forms under /f/ only", () => {
    const h = securityHeaders({ ...base, pathname: "/f/newsletter" });
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(h["X-Frame-Options"]).toBeUndefined();
  });

  it("lets only this origin's own service worker run", () => {
    expect(securityHeaders(base)["Content-Security-Policy"]).toContain("worker-src 'self'");
  });

  it("sends HSTS over https", () => {
    expect(securityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toMatch(/max-age=31536000/);
  });
});
