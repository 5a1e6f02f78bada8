"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { rememberSeen, seenBaseline } from "@/lib/live/seen-version";
import { useDataVersion } from "@/lib/swr/use-data-version";

/**
 * Keeps an open page current: when the server's data version moves past the
 * one the page was rendered from, the page's server components are fetched
 * again (from the page cache, at the new version), without a reload.
 */
export function FollowDataVersion({ renderedVersion }: { renderedVersion: number }) {
  const router = useRouter();
  const version = useDataVersion();
  useEffect(() => {
    if (version !== undefined && version > renderedVersion) router.refresh();
  }, [version, renderedVersion, router]);
  useEffect(() => {
    // The baseline is read before this page's version is kept as seen.
    seenBaseline();
    rememberSeen(renderedVersion);
  }, [renderedVersion]);
  return null;
}
