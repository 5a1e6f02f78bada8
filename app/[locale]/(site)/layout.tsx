import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { getMessages } from "@/lib/i18n/messages";
import { enterLocale } from "@/lib/i18n/page-locale";

/** The dashboard's chrome; embeds (app/embed) render without it. */
export default async function SiteLayout({
  children,
  panel,
  params,
}: {
  children: React.ReactNode;
  panel: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  await enterLocale(params);
  const t = getMessages();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      {panel}
      <SiteFooter />
    </>
  );
}
