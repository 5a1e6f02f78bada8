import "server-only";
import { cache } from "react";
import { connection } from "next/server";
import { getDb } from "@/lib/db";
import { loadSnapshot } from "./snapshot";

/**
 * Pages read the live database on every request (never at build time), and
 * once per request however many components ask.
 */
export const pageSnapshot = cache(async () => {
  await connection();
  return loadSnapshot(await getDb());
});
