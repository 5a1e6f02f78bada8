import type { Metadata, Viewport } from "next";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "./globals.css";
import { SiteHeader } from "@/components/ui/site-header";
import { SiteFooter } from "@/components/ui/site-footer";
import { getMessages } from "@/lib/i18n/messages";

const t = getMessages();

export const metadata: Metadata = {
  title: { default: `${t.app.name}: ${t.app.tagline}`, template: `%s · ${t.app.name}` },
  description: t.overview.lede,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children, panel }: { children: React.ReactNode; panel: React.ReactNode }) {
  return (
    <html lang={t.locale} dir={t.dir}>
      <body>
        <a className="skip-link" href="#main">
          {t.app.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        {panel}
        <SiteFooter />
      </body>
    </html>
  );
}
