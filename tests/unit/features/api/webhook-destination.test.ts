import { describe, expect, it } from "vitest";
import { DestinationRefused, isForbiddenAddress, resolveDestination } from "@/features/webhooks/safe-destination";

describe("webhook destinations (SSRF)", () => {
  it("forbids loopback, private, shared, link-local, multicast and reserved addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "224.0.0.1",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "ff02::1",
    ])
      expect(isForbiddenAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "2a00:1450:4001:80b::200e", "203.0.113.10"])
      expect(isForbiddenAddress(a), a).toBe(false);
  });

  it("refuses a name that resolves to an internal address, unless the name is allowed", async () => {
    const internalDns = async () => [{ address: "10.0.0.5", family: 4 }];
    await expect(resolveDestination("https://crm.internal/hook", [], internalDns)).rejects.toBeInstanceOf(
      DestinationRefused,
    );
    await expect(resolveDestination("https://crm.internal/hook", ["crm.internal"], internalDns)).resolves.toMatchObject(
      { address: "10.0.0.5" },
    );
  });

  it("refuses when any of the answers is internal, and pins the address it checked", async () => {
    const mixed = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
    await expect(resolveDestination("https://rebind.example/hook", [], mixed)).rejects.toBeInstanceOf(
      DestinationRefused,
    );
    const dest = await resolveDestination("https://hooks.example/x", [], async () => [
      { address: "93.184.216.34", family: 4 },
    ]);
    expect(dest).toMatchObject({ address: "93.184.216.34", family: 4 });
    expect(dest.url.hostname).toBe("hooks.example");
  });
});
