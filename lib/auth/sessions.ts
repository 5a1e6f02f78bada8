import { and, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { sessions, users } from "@/lib/db/schema";
import { Role } from "./roles";
import { hashSecretToken, newSecretToken } from "./secret-token";
import type { User } from "./users";

export const SESSION_COOKIE = "sitrep_session";
/** A signed-in browser stays signed in for a working week, then asks again. */
export const SESSION_DAYS = 7;

/** HTTP-only (scripts cannot read it), SameSite=Lax (other sites' forms do not carry it), Secure over HTTPS. */
export function sessionCookieOptions(secure: boolean, maxAgeSeconds = SESSION_DAYS * 24 * 60 * 60) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: maxAgeSeconds };
}

export async function createSession(db: Database, userId: number): Promise<string> {
  const token = newSecretToken("sitrep_session");
  await db.insert(sessions).values({
    tokenHash: hashSecretToken(token),
    userId,
    expiresAt: sql`now() + make_interval(days => ${SESSION_DAYS})`,
  });
  // Expired sessions are of no use to anyone: clear them as new ones are made.
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
  return token;
}

/** The active account a session cookie belongs to, or null (unknown, expired, or the account is disabled). */
export async function sessionUser(db: Database, token: string): Promise<User | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashSecretToken(token)), gt(sessions.expiresAt, sql`now()`), isNull(users.disabledAt)));
  return row ? { ...row, role: Role.parse(row.role) } : null;
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashSecretToken(token)));
}

/** Every other session of the account ends (after a new password): only the browser that changed it stays signed in. */
export async function deleteOtherSessionsOf(db: Database, userId: number, keptToken: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, hashSecretToken(keptToken))));
}

/** Signs a disabled account out everywhere. */
export async function deleteSessionsOf(db: Database, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
