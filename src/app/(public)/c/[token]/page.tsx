import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { readConfirmationLink } from "@/features/consents/services/answer-written-confirmation";
import { ConfirmationPanel } from "@/features/consents/components/confirmation-panel";

export async function generateMetadata() {
  return { title: (await getTranslations("public"))("confirmation.title"), robots: { index: false } };
}

/** GET only shows the question: a mail scanner that follows the link confirms nothing. */
export default async function ConfirmConsentPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await readConfirmationLink(await getDb(), token);
  if (!link.ok) return <ConfirmationPanel token={token} state={{ valid: false, reason: link.reason }} />;
  return (
    <ConfirmationPanel
      token={token}
      state={{
        valid: true,
        givenAt: link.givenAt.toISOString(),
        purpose: link.purpose,
        channels: link.channels,
        statement: link.statement,
        notice: link.notice,
        answer: link.declinedAt ? "declined" : link.confirmedAt ? "confirmed" : null,
      }}
    />
  );
}
