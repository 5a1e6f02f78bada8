import { jsonError } from "@/lib/http/cached-response";
import { writeRoute } from "@/lib/http/write-route";
import { storedDocument } from "@/lib/write/documents";

/** An archived document with its text (editors: the copy stays staff-only, README "Archived copies"). */
export const GET = writeRoute("editor", async ({ db }, _request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const document = await storedDocument(db, id);
  if (!document) return jsonError(404, `No document with id '${id}'`, { id });
  return Response.json({ document });
});
