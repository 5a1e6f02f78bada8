"use client";
import useSWR from "swr";
import type { Overview } from "@/lib/queries/overview";
import { fetchJson } from "./fetch-json";

/** The overview read model, server-rendered first, then refreshed every minute and on focus. */
export function useOverview(fallbackData: Overview) {
  return useSWR<Overview>("/api/overview", fetchJson, {
    fallbackData,
    // The server has just rendered this data: refresh on the minute and on focus, not again on load.
    revalidateOnMount: false,
    refreshInterval: 60_000,
    revalidateOnFocus: true,
  });
}
