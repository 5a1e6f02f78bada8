// Each situation's pages are rendered on their first visit and kept per data version, like every cached page
// (lib/cache/README.md): no situation is known when building.
export function generateStaticParams() {
  return [];
}

export default function SituationLayout({ children }: { children: React.ReactNode }) {
  return children;
}
