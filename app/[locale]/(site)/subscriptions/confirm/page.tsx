import { SubscriptionLinkPage, type LinkPageQuery } from "@/components/subscriptions/subscription-link-page";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/subscriptions/confirm", () => ({ title: getOutgoingMessages().subscribe.confirmTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function ConfirmSubscriptionPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<LinkPageQuery> }) {
  await enterLocale(params);
  const t = getOutgoingMessages().subscribe;
  return <SubscriptionLinkPage query={await searchParams} action="/api/subscriptions/confirm" texts={{ title: t.confirmTitle, lede: t.confirmLede, button: t.confirmButton, done: t.confirmed }} />;
}
