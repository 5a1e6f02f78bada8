import type { Metadata } from "next";
import { NotFoundView } from "@/components/ui/not-found-view";
import { getMessages } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: getMessages().errors.notFound };

export default function SiteNotFound() {
  return <NotFoundView />;
}
