import { getDb } from "@/lib/db";
import { onNewDataVersion } from "@/lib/data-version/known";
import { siteUrl } from "@/lib/site-url";
import { runAlerts } from "./run-alerts";

const INTERVAL_MS = Number(process.env.ALERTS_INTERVAL_MS ?? 5_000);

/**
 * Delivery runs inside the server, no other service to start: a pass every
 * few seconds (retries and digests come due with time) and one soon after
 * each write this process learns of. One pass at a time per process; several
 * servers share the work through the database (lib/alerts/deliver-due.ts).
 */
export function startAlertLoop(): void {
  if (process.env.ALERTS === "off") return;
  let running: Promise<unknown> | undefined;
  let again = false;
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = getDb()
      .then((db) => runAlerts(db, { origin: siteUrl().origin }))
      .catch((error: unknown) => console.error("Sitrep alerts:", error instanceof Error ? error.message : error))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  setInterval(tick, INTERVAL_MS).unref();
  onNewDataVersion(() => setTimeout(tick, 50).unref());
  tick();
}
