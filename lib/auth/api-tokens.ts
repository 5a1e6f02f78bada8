import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { safeText } from "@/lib/model/common";
import { apiTokens, users } from "@/lib/db/schema";
import { Role } from "./roles";
import { hashSecretToken, newSecretToken } from "./secret-token";
import type { User } from "./users";

export const TokenName = safeText(z.string().trim().min(1, "is required").max(80, "must be at most 80 characters"));

export interface ApiTokenInfo {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const infoColumns = { id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt };

/** A new token: shown once, stored only as a hash. */
export async function createApiToken(db: Database, userId: number, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
  const token = newSecretToken("sitrep_pat");
  const [info] = await db.insert(apiTokens).values({ userId, name: TokenName.parse(name), tokenHash: hashSecretToken(token) }).returning(infoColumns);
  return { token, info };
}

export async function listApiTokens(db: Database, userId: number): Promise<ApiTokenInfo[]> {
  return db.select(infoColumns).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id));
}

/** Revokes one of the user's own tokens; false when there is none by that id. */
export async function revokeApiToken(db: Database, userId: number, id: number): Promise<boolean> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length > 0;
}

/** The active account a bearer token belongs to, or null (unknown, revoked, or the account is disabled). */
export async function tokenUser(db: Database, token: string): Promise<User | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .from(users)
    .where(and(eq(apiTokens.tokenHash, hashSecretToken(token)), isNull(apiTokens.revokedAt), eq(users.id, apiTokens.userId), isNull(users.disabledAt)))
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt, disabledAt: users.disabledAt });
  return row ? { ...row, role: Role.parse(row.role) } : null;
}
