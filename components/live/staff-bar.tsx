"use client";
import { useParams, usePathname, useSearchParams } from "next/navigation";
import { useSyncExternalStore } from "react";
import useSWR from "swr";
import { SIGNED_IN_HINT } from "@/lib/auth/signed-in-hint";
import { Link } from "@/lib/i18n/navigation";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";
import { fetchJson } from "@/lib/swr/fetch-json";
import styles from "./staff-bar.module.css";

const noSubscription = () => () => {};

/** The one source or place a claims list is filtered to, read from the address. */
function listFilter(query: URLSearchParams): { entity: "source" | "location"; id: string } | undefined {
  const source = query.get("source");
  const location = query.get("location");
  if (source && !location) return { entity: "source", id: source };
  if (location && !source) return { entity: "location", id: location };
  return undefined;
}
const hinted = () => document.cookie.split(";").some((c) => c.trim().startsWith(`${SIGNED_IN_HINT}=1`));

type Session = { user: { name: string; role: "editor" | "admin" } };

/**
 * Staff links on the readers' pages, which are the same for everyone: only a
 * browser that signed in here asks who it is, and only staff see the bar.
 * The server checks every write again; this bar only saves a detour.
 */
export function StaffBar() {
  const signedIn = useSyncExternalStore(noSubscription, hinted, () => false);
  const { data } = useSWR<Session>(signedIn ? "/api/session" : null, fetchJson, { shouldRetryOnError: false });
  const pathname = usePathname();
  const query = useSearchParams();
  const situation = useParams<{ situation?: string }>()?.situation;
  const s = useStaffMessages();
  if (!data?.user) return null;
  const claim = /^\/[^/]+\/figures\/([a-z0-9-]+)$/.exec(pathname)?.[1];
  const event = /^\/[^/]+\/events\/([a-z0-9-]+)$/.exec(pathname)?.[1];
  // A source's or a place's claims: its history is one click away.
  const filtered = /^\/[^/]+\/figures$/.test(pathname) ? listFilter(query) : undefined;
  return (
    <nav className={styles.bar} aria-label={s.bar.label}>
      <span>{s.bar.signedInAs(data.user.name, s.users.roles[data.user.role])}</span>
      {claim && claim !== "selection" && <Link href={`/edit/claims/${claim}`}>{s.nav.editClaim}</Link>}
      {event && <Link href={`/edit/history/event/${event}`}>{s.history.link}</Link>}
      {filtered && <Link href={`/edit/history/${filtered.entity}/${filtered.id}`}>{s.history.link}</Link>}
      {situation && <Link href={`/edit/situations/${situation}/reports/new`}>{s.nav.addReport}</Link>}
      {situation && <Link href={`/edit/situations/${situation}`}>{s.nav.editSituation}</Link>}
      <Link href={situation ? `/edit/claims/new?situation=${situation}` : "/edit/claims/new"}>{s.nav.addClaim}</Link>
      <Link href="/import">{s.nav.import}</Link>
      <Link href="/changes">{s.nav.changes}</Link>
      <Link href="/account">{s.nav.account}</Link>
    </nav>
  );
}
