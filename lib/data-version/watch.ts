import type { OpenDatabase } from "@/lib/db/client";
import { markDatabaseAnswering, markDatabaseUnreachable } from "@/lib/db/readiness";
import { isDatabaseUnreachable } from "@/lib/db/unreachable";
import { learnDataVersion } from "./known";
import { DATA_VERSION_CHANNEL, readDataVersion } from "./store";

/** How often a server asks PostgreSQL for the version, in case a notification was lost with its connection. */
const POLL_MS = 1000;

/**
 * Keeps this process's known data version current when other processes write
 * to the same PostgreSQL: LISTEN for each commit's NOTIFY, and a cheap poll as
 * a floor, so a write through one server shows on every other within about a
 * second. PGlite belongs to one process, whose own writes already tell it.
 */
export async function watchDataVersion(opened: OpenDatabase): Promise<void> {
  if (opened.kind !== "postgres" || !process.env.DATABASE_URL) return;
  const { Client } = await import("pg");
  const listen = async () => {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    client.on("notification", (message) => learnDataVersion(Number(message.payload)));
    // A dropped connection is replaced; the poll covers the gap.
    client.on("error", () => {
      client.end().catch(() => {});
      setTimeout(() => listen().catch(() => {}), POLL_MS).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${DATA_VERSION_CHANNEL}`);
  };
  await listen().catch(() => {});
  // The poll also tells whether the database answers: while it does not, pages answer 503 (the proxy) instead of failing one by one.
  setInterval(() => {
    readDataVersion(opened.db).then(
      (version) => {
        markDatabaseAnswering();
        learnDataVersion(version);
      },
      (error: unknown) => {
        if (isDatabaseUnreachable(error)) markDatabaseUnreachable();
      },
    );
  }, POLL_MS).unref();
}
