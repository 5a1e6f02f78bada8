import { Link } from "@/lib/i18n/navigation";
import type { Role } from "@/lib/auth/roles";
import { getStaffMessages } from "@/lib/i18n/staff-messages";

/** Where staff go from their account page: first, adding a report to each active situation. */
export function StaffTasks({ role, situations }: { role: Role; situations: { id: string; title: string }[] }) {
  const s = getStaffMessages();
  const links = [
    ...situations.map((situation) => ({ href: `/edit/situations/${situation.id}/reports/new`, label: `${s.nav.addReport}: ${situation.title}` })),
    { href: "/edit/claims/new", label: s.nav.addClaim },
    { href: "/import", label: s.nav.import },
    { href: "/edit/sources/new", label: s.source.newTitle },
    { href: "/edit/events/new", label: s.event.newTitle },
    { href: "/edit/places/new", label: s.place.newTitle },
    { href: "/changes", label: s.nav.changes },
    { href: "/edit/alerts", label: s.nav.alerts },
    ...(role === "admin"
      ? [
          { href: "/edit/situations/new", label: s.situation.newTitle },
          { href: "/admin/users", label: s.nav.users },
          { href: "/admin/audit", label: s.nav.audit },
        ]
      : []),
  ];
  return (
    <ul>
      {links.map((l) => (
        <li key={l.href}>
          <Link href={l.href}>{l.label}</Link>
        </li>
      ))}
    </ul>
  );
}
