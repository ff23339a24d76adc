import "server-only";
import { env } from "../env";
import { createTokenSigner, type TokenSigner } from "./signed-token";

const globalForTokens = globalThis as unknown as { grondslagTokenSigner?: TokenSigner };

/** The installation's signer, keyed from AUTH_SECRET (the same on every app instance). */
export function tokenSigner(): TokenSigner {
  return (globalForTokens.grondslagTokenSigner ??= createTokenSigner(env.authSecret));
}
