import { z } from "zod";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { Id } from "@/lib/model";
import { currentSnapshot } from "@/lib/queries/read-model";
import { dismissDisagreement } from "@/lib/write/dismiss-flag";
import { RecordNotFoundError } from "@/lib/write/errors";

const Body = z.object({ headlineId: Id }).strict();

/** Sets aside the flag a new claim raises against a headline (editors): the headline stays as it is. */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request, { params }: { params: Promise<{ figure: string }> }) => {
  const { figure } = await params;
  const { headlineId } = Body.parse(await jsonBody(request));
  const snapshot = await currentSnapshot();
  if (!snapshot.claimsById.has(figure)) throw new RecordNotFoundError("claim", figure);
  if (!snapshot.claimsById.has(headlineId)) throw new RecordNotFoundError("claim", headlineId);
  const version = await dismissDisagreement(db, writer, figure, headlineId);
  return Response.json({ dataVersion: version });
});
