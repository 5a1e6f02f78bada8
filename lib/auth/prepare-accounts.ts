import { getDb } from "@/lib/db";
import { anyUserExists, ensureFirstAdmin } from "./users";

/** The first admin from the environment; without one and without any account, the server says how to enable editing. */
export async function prepareAccounts(): Promise<void> {
  const db = await getDb();
  const outcome = await ensureFirstAdmin(db);
  if (outcome === "created") console.log(`Sitrep: created the admin account ${process.env.ADMIN_EMAIL}.`);
  if (outcome === "not-configured" && !(await anyUserExists(db))) {
    console.log("Sitrep runs read-only: to enable editing, set ADMIN_EMAIL and ADMIN_PASSWORD (12 characters or more) and restart.");
  }
}
