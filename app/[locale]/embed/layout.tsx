import type { Metadata } from "next";

// Marks the page as an embed, the one kind another site may frame (lib/cache/page-cache-handler.js).
export const metadata: Metadata = { other: { "sitrep-embed": "1" } };

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return children;
}
