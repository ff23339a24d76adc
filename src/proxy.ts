import { NextResponse, type NextRequest } from "next/server";
import { securityHeaders } from "./server/http/security-headers";

/**
 * Runs before every page and route: sets the security headers (src/server/http/security-headers.ts)
 * with a fresh CSP nonce, and hands the policy to Next.js in the request headers, which is how
 * Next.js learns the nonce to put on its inline scripts.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const https =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https";
  const headers = securityHeaders({
    nonce,
    https,
    pathname: request.nextUrl.pathname,
    development: process.env.NODE_ENV === "development",
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files carry no script and need no nonce. The integration API (/api/v1) serves no page
  // either; its headers come from next.config.ts, without a pass through this proxy per call.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/v1/).*)" }],
};
