import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { pickMessages, ROOT_CLIENT_NAMESPACES } from "@/i18n/client-messages";
import "./globals.css";

// A local copy of Inter: next/font/google would download at build time, which offline hosts cannot.
const inter = localFont({
  src: "../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

// Every page depends on the signed-in user and the database: never prerender at build time (the
// build must not open the database).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Grondslag", template: "%s · Grondslag" },
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};
export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#186446" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale} className={inter.variable}>
      <body className="min-h-screen font-sans">
        {/* Only what the root's own client components read: each route group's layout gives its pages theirs. */}
        <NextIntlClientProvider messages={pickMessages(messages, ROOT_CLIENT_NAMESPACES)}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
