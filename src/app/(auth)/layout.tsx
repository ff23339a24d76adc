import { NextIntlClientProvider } from "next-intl";
import { LanguageSwitch } from "@/components/shell/language-switch";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  // Every message: the sign-in and set-up forms show any error by its key, and these pages are rare.
  return (
    <NextIntlClientProvider>
      <div className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
        <div className="absolute right-4 top-4">
          <LanguageSwitch />
        </div>
        <div className="w-full max-w-sm">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
