import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientIp } from "../../../scripts/lib/client-ip.mjs";

describe("client IP (sign-in throttle, audit trail)", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("127.0.0.1, 10.0.0.0/8, fd00::/8");

  it("ignores X-Forwarded-For from a client that is not a trusted proxy", () => {
    expect(resolveClientIp("198.51.100.4", "1.2.3.4", none)).toBe("198.51.100.4");
    expect(resolveClientIp("::ffff:198.51.100.4", "1.2.3.4, 5.6.7.8", proxies)).toBe("198.51.100.4");
  });

  it("reads X-Forwarded-For from the right, behind trusted proxies only", () => {
    // The client forged the first entry; our proxy appended the real one.
    expect(resolveClientIp("127.0.0.1", "6.6.6.6, 203.0.113.5", proxies)).toBe("203.0.113.5");
    expect(resolveClientIp("10.1.2.3", "6.6.6.6, 203.0.113.5, 10.9.9.9", proxies)).toBe("203.0.113.5");
    expect(resolveClientIp("127.0.0.1", undefined, proxies)).toBe("127.0.0.1");
    expect(resolveClientIp("127.0.0.1", "not-an-ip", proxies)).toBe("127.0.0.1");
  });

  it("refuses a setting that is not a list of addresses", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
  });
});
