import { z } from "zod";
import { createApiToken, listApiTokens, TokenName } from "@/lib/auth/api-tokens";
import { audit } from "@/lib/auth/audit";
import { jsonBody, writeRoute } from "@/lib/http/write-route";

/** Your own API tokens, without their secrets. */
export const GET = writeRoute("editor", async ({ db, actor }) => Response.json({ tokens: await listApiTokens(db, actor.user.id) }));

/** A new token for scripts, {name}: the secret is in this answer only. */
export const POST = writeRoute("editor", async ({ db, actor, address }, request: Request) => {
  const { name } = z.object({ name: TokenName }).parse(await jsonBody(request));
  const { token, info } = await createApiToken(db, actor.user.id, name);
  await audit(db, { userId: actor.user.id, actor: actor.user.email, action: "token-created", target: `token:${info.id}`, address, detail: { name } });
  return Response.json({ token, ...info }, { status: 201 });
});
