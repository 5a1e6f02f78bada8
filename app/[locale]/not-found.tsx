import type { Metadata } from "next";
import { NotFoundView } from "@/components/ui/not-found-view";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { getMessages } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: getMessages().errors.notFound };

/** Unknown addresses and unknown embeds: the site's 404 with its header, so a reader can find the way back. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <NotFoundView />
      </main>
      <SiteFooter />
    </>
  );
}
