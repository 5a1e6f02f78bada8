import { z } from "zod";
import { audit } from "@/lib/auth/audit";
import { endAccessOf } from "@/lib/auth/end-access";
import { setUserDisabled } from "@/lib/auth/users";
import { parseRecordId } from "@/lib/http/record-id";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { RecordNotFoundError, WriteConflictError } from "@/lib/write/errors";

const Change = z.object({ disabled: z.boolean() }).strict();

/** Disables or re-enables an account (admins only); a disabled account is signed out everywhere at once and its API tokens end. */
export const PATCH = writeRoute("admin", async ({ db, actor, address }, request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = parseRecordId((await params).id);
  const { disabled } = Change.parse(await jsonBody(request));
  if (id === actor.user.id && disabled) throw new WriteConflictError("you cannot disable your own account");
  const user = id !== null ? await setUserDisabled(db, id, disabled) : null;
  if (!user) throw new RecordNotFoundError("account", String((await params).id));
  if (disabled) await endAccessOf(db, user.id);
  await audit(db, { userId: actor.user.id, actor: actor.user.email, action: disabled ? "user-disabled" : "user-enabled", target: user.email, address });
  return Response.json({ user });
});
