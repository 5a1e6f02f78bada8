import { audit } from "@/lib/auth/audit";
import { createUser, EmailTakenError, listUsers, NewUser } from "@/lib/auth/users";
import { jsonBody, writeRoute } from "@/lib/http/write-route";
import { WriteConflictError } from "@/lib/write/errors";

/** Every account (admins only). */
export const GET = writeRoute("admin", async ({ db }) => Response.json({ users: await listUsers(db) }));

/** Adds an account (admins only): {email, name, role: "editor" | "admin", password}. */
export const POST = writeRoute("admin", async ({ db, actor, address }, request: Request) => {
  const input = NewUser.parse(await jsonBody(request));
  try {
    const user = await createUser(db, input);
    await audit(db, { userId: actor.user.id, actor: actor.user.email, action: "user-created", target: user.email, address, detail: { role: user.role } });
    return Response.json({ user }, { status: 201 });
  } catch (error) {
    if (error instanceof EmailTakenError) throw new WriteConflictError(error.message, { email: input.email });
    throw error;
  }
});
