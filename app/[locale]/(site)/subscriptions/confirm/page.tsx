import { SubscriptionLinkPage, type LinkPageQuery } from "@/components/subscriptions/subscription-link-page";
import { getMessages } from "@/lib/i18n/messages";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/subscriptions/confirm", () => ({ title: getMessages().subscribe.confirmTitle, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function ConfirmSubscriptionPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<LinkPageQuery> }) {
  await enterLocale(params);
  const t = getMessages().subscribe;
  return <SubscriptionLinkPage query={await searchParams} action="/api/subscriptions/confirm" texts={{ title: t.confirmTitle, lede: t.confirmLede, button: t.confirmButton, done: t.confirmed }} />;
}
