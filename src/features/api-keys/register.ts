import "server-only";
import { registerKeyAuthenticator } from "@/server/http/api/key-authenticator";
import { authenticateApiKey } from "./services/authenticate-api-key";

// Loaded once at start-up (src/instrumentation-node.ts) and by the integration tests' set-up.
registerKeyAuthenticator((db, token, now) => authenticateApiKey(db, token, now));
