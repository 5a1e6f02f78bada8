import { SubscriptionLinkPage, type LinkPageQuery } from "@/components/subscriptions/subscription-link-page";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/subscriptions/unsubscribe", () => ({ title: getOutgoingMessages().subscribe.unsubscribeTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function UnsubscribePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<LinkPageQuery> }) {
  await enterLocale(params);
  const t = getOutgoingMessages().subscribe;
  return <SubscriptionLinkPage query={await searchParams} action="/api/subscriptions/unsubscribe" texts={{ title: t.unsubscribeTitle, lede: t.unsubscribeLede, button: t.unsubscribeButton, done: t.unsubscribed }} />;
}
