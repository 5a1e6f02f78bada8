import type { Database } from "@/lib/db/client";
import { tokenUser } from "./api-tokens";
import { bearerToken } from "./request-facts";
import { sessionUser } from "./sessions";
import type { User } from "./users";

/** Who is asking, and how they proved it. */
export interface Actor {
  user: User;
  by: "session" | "token";
}

/** From a bearer token if one is sent (scripts), else from the session cookie (browsers). */
export async function actorOf(db: Database, headers: Headers, sessionToken: string | undefined): Promise<Actor | null> {
  const bearer = bearerToken(headers);
  if (bearer) {
    const user = await tokenUser(db, bearer);
    return user ? { user, by: "token" } : null;
  }
  if (!sessionToken) return null;
  const user = await sessionUser(db, sessionToken);
  return user ? { user, by: "session" } : null;
}
