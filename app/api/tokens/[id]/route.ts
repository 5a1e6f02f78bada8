import { revokeApiToken } from "@/lib/auth/api-tokens";
import { audit } from "@/lib/auth/audit";
import { parseRecordId } from "@/lib/http/record-id";
import { writeRoute } from "@/lib/http/write-route";
import { RecordNotFoundError } from "@/lib/write/errors";

/** Revokes one of your tokens: scripts using it get 401 from now on. */
export const DELETE = writeRoute("editor", async ({ db, actor, address }, _request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const raw = (await params).id;
  const id = parseRecordId(raw);
  if (id === null || !(await revokeApiToken(db, actor.user.id, id))) throw new RecordNotFoundError("active token", raw);
  await audit(db, { userId: actor.user.id, actor: actor.user.email, action: "token-revoked", target: `token:${id}`, address });
  return new Response(null, { status: 204 });
});
