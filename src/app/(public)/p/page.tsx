import { getTranslations } from "next-intl/server";
import { LinkRequestForm } from "@/features/preferences/components/link-request-form";

export async function generateMetadata() {
  return { title: (await getTranslations("preferences"))("requestTitle"), robots: { index: false } };
}

/** For a person without one of our mails at hand: ask for a link to their preference page. */
export default async function PreferenceLinkPage({ searchParams }: { searchParams: Promise<{ sent?: string }> }) {
  const { sent } = await searchParams;
  return <LinkRequestForm sent={sent === "1"} />;
}
