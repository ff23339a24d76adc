import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "../env";
import { getDb } from "../db";
import { authenticate } from "./authenticate";
import { clientIp } from "./request-meta";
import { logger } from "../logger";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}
class InvalidSignIn extends CredentialsSignin {
  code = "invalid";
}

const ZCredentials = z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1000) });

/** Sessions expire after a working day; a password reset or deactivation ends them at once. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  // The app is self-hosted behind whatever host name the operator gives it.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  // A refused sign-in is expected (and throttled), not a server error: log it as information.
  logger: {
    error(error) {
      // Compare the Auth.js error type, not the class name: a production build minifies names.
      if ((error as { type?: string }).type === "CredentialsSignin" || error instanceof CredentialsSignin)
        logger.info("sign-in refused");
      else logger.error("auth error", { error });
    },
    warn(code) {
      logger.warn("auth warning", { code });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) throw new InvalidSignIn();
        const result = await authenticate(
          await getDb(),
          parsed.data.email,
          parsed.data.password,
          clientIp(request.headers),
        );
        if (!result.ok) throw result.reason === "throttled" ? new ThrottledSignIn() : new InvalidSignIn();
        return {
          id: result.user.id,
          email: result.user.email,
          name: result.user.name,
          sessionVersion: result.user.sessionVersion,
        };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      // Only references travel in the session; role and status are read fresh from the database
      // on each request (src/server/auth/current-user.ts), so changes take effect at once.
      return { ...session, uid: token.uid as string, sv: token.sv as number };
    },
  },
});
