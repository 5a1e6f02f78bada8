import { z } from "zod";
import { parseRecordId } from "@/lib/http/record-id";
import { safeText } from "@/lib/model/common";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { revertRevision } from "@/lib/write/revert";

const Body = z.object({ reason: safeText(z.string().max(2000)).optional() }).strict();

/** Undoes one revision with a new one (editors); 409 when later revisions changed the same fields. */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseRecordId((await params).id);
  const hasBody = Number(request.headers.get("content-length") ?? 0) > 0;
  const { reason } = Body.parse(hasBody ? await jsonBody(request) : {});
  if (id === null) return Response.json({ error: `No revision '${(await params).id}'` }, { status: 404 });
  const result = await revertRevision(db, writer, id, reason);
  return Response.json({ dataVersion: result.version ?? null, changed: result.updated.map((u) => ({ id: u.id, changes: u.changes })) });
});
