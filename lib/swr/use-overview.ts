"use client";
import useSWR from "swr";
import type { Overview } from "@/lib/queries/overview";
import { fetchJson } from "./fetch-json";

/** The overview read model, server-rendered first, then refreshed every minute and on focus. */
export function useOverview(fallbackData: Overview) {
  return useSWR<Overview>("/api/overview", fetchJson, {
    fallbackData,
    refreshInterval: 60_000,
    revalidateOnFocus: true,
  });
}
