import { notFound } from "next/navigation";

/** Any address under a locale that no page answers: the site's 404. */
export default function UnknownPage() {
  notFound();
}
