"use client";
import useSWR from "swr";
import { fetchJson } from "./fetch-json";

/** How often an open page asks whether the data changed: a new figure shows within this (and on focus). */
export const VERSION_POLL_MS = 5000;

/** The server's data version, from /api/health (a 304 while nothing changed). */
export function useDataVersion(): number | undefined {
  const { data } = useSWR<{ version: number }>("/api/health", fetchJson, {
    refreshInterval: VERSION_POLL_MS,
    revalidateOnFocus: true,
    // A server that is restarting answers 503; the page keeps what it shows and asks again.
    shouldRetryOnError: true,
  });
  return data?.version;
}
