import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { getCurrentUser } from "@/server/auth/current-user";
import { isSetupComplete } from "@/features/users/services/create-first-admin";
import { SignInForm } from "@/features/auth/components/sign-in-form";
import { SignedOutCleanup } from "@/features/opt-in/client";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage() {
  if (!(await isSetupComplete(await getDb()))) redirect("/setup");
  if (await getCurrentUser()) redirect("/");
  return (
    <>
      <SignedOutCleanup />
      <SignInForm />
    </>
  );
}
