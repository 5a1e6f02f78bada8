import { getDb } from "@/lib/db";
import { cachedJson, jsonError } from "@/lib/http/cached-response";
import { figureDetail } from "@/lib/queries/figures";
import { loadSnapshot } from "@/lib/queries/snapshot";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = await getDb();
  const detail = await figureDetail(db, await loadSnapshot(db), id);
  if (!detail) return jsonError(404, `No figure with id '${id}'`, { id });
  return cachedJson(request, detail);
}
