import type { Metadata, Viewport } from "next";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "./globals.css";
import { getMessages } from "@/lib/i18n/messages";

const t = getMessages();

export const metadata: Metadata = {
  title: { default: `${t.app.name}: ${t.app.tagline}`, template: `%s · ${t.app.name}` },
  description: t.overview.lede,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang={t.locale} dir={t.dir}>
      <body>{children}</body>
    </html>
  );
}
