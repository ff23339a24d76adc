import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { isSetupComplete } from "@/features/users/services/create-first-admin";
import { SetupForm } from "@/features/users/components/setup-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("setupTitle") };
}

/** First run only: once any user exists, this page is gone for good. */
export default async function SetupPage() {
  if (await isSetupComplete(await getDb())) notFound();
  return <SetupForm />;
}
