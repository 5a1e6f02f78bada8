import type { Metadata, Viewport } from "next";
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
// Arabic letters only, and only on pages that show them (app/arabic-font.css says why not the package's CSS).
import "../arabic-font.css";
import "../globals.css";
import { getMessages } from "@/lib/i18n/messages";
import { enterLocale } from "@/lib/i18n/page-locale";
import { FollowDataVersionLater } from "@/components/live/follow-data-version-later";
import { renderVersion } from "@/lib/queries/page-snapshot";
import { siteUrl } from "@/lib/site-url";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

// No page is rendered at build time: each is rendered on its first visit, from the database as it is
// then, and kept per data version (lib/cache/README.md).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  await enterLocale(params);
  const t = getMessages();
  const version = renderVersion();
  return {
    title: { default: `${t.app.name}: ${t.app.tagline}`, template: `%s · ${t.app.name}` },
    description: t.overview.lede,
    // Link previews need absolute addresses: SITE_URL in production (lib/site-url.ts).
    metadataBase: siteUrl(),
    openGraph: { siteName: t.app.name, type: "website" },
    twitter: { card: "summary_large_image" },
    // The page cache stamps each rendered page with the data version it shows.
    other: { "sitrep-data-version": String(version) },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: Props) {
  await enterLocale(params);
  const t = getMessages();
  const version = renderVersion();
  return (
    <html lang={t.locale} dir={t.dir}>
      <head>
        {/* Controls that only work with scripts (chart views, exports, the map switch) are hidden without them. */}
        <noscript>
          <style>{".needs-js{display:none!important}"}</style>
        </noscript>
      </head>
      <body>
        {children}
        <FollowDataVersionLater renderedVersion={version} />
      </body>
    </html>
  );
}
