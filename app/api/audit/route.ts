import { z } from "zod";
import { readAuditLog } from "@/lib/auth/audit";
import { writeRoute } from "@/lib/http/write-route";

const Query = z.object({ before: z.coerce.number().int().positive().optional(), limit: z.coerce.number().int().min(1).max(500).default(100) });

/** The audit log, newest first (admins only): every write and sign-in, by whom, when, from which address. */
export const GET = writeRoute("admin", async ({ db }, request: Request) => {
  const query = Query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const entries = await readAuditLog(db, query);
  return Response.json({ entries, next: entries.length === query.limit ? entries.at(-1)?.id : null });
});
