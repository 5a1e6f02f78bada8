import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { getMessages } from "@/lib/i18n/messages";

/** The dashboard's chrome; embeds (app/embed) render without it. */
export default function SiteLayout({ children, panel }: { children: React.ReactNode; panel: React.ReactNode }) {
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
