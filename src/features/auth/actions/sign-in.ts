"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/server/auth/auth";

export type SignInState = { error?: "invalid" | "throttled" | "unknown"; email?: string };

/** A form action (not the action client: there is no user yet). next-auth validates the input. */
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = String(form.get("email") ?? "");
  try {
    await signIn("credentials", { email, password: String(form.get("password") ?? ""), redirectTo: "/" });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin)
      return { error: error.code === "throttled" ? "throttled" : "invalid", email };
    if (error instanceof AuthError) return { error: "unknown", email };
    throw error; // NEXT_REDIRECT on success
  }
}
