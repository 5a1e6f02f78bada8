import { notFound } from "next/navigation";

// Kept in the page cache like every other page, so it gets the cache's policy and revalidation headers.
export function generateStaticParams() {
  return [];
}

/** Any address under a locale that no page answers: the site's 404. */
export default function UnknownPage() {
  notFound();
}
