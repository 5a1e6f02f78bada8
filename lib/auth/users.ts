import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { safeText } from "@/lib/model/common";
import { users } from "@/lib/db/schema";
import { hashPassword, Password } from "./passwords";
import { Role } from "./roles";
import { endAccessOf } from "./end-access";

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  disabledAt: string | null;
}

export const NewUser = z.object({
  email: z.email("must be an email address").transform((e) => e.trim().toLowerCase()),
  name: safeText(z.string().trim().min(1, "is required").max(120, "must be at most 120 characters")),
  role: Role.default("editor"),
  password: Password,
});
export type NewUser = z.input<typeof NewUser>;

export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`an account with ${email} exists already`);
  }
}

const userColumns = { id: users.id, email: users.email, name: users.name, role: users.role, createdAt: users.createdAt, disabledAt: users.disabledAt };
const asUser = (row: typeof users.$inferSelect | Omit<typeof users.$inferSelect, "passwordHash">): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: Role.parse(row.role),
  createdAt: row.createdAt,
  disabledAt: row.disabledAt,
});

export async function createUser(db: Database, input: NewUser): Promise<User> {
  const user = NewUser.parse(input);
  const passwordHash = await hashPassword(user.password);
  const [row] = await db
    .insert(users)
    .values({ email: user.email, name: user.name, role: user.role, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) throw new EmailTakenError(user.email);
  return asUser(row);
}

/** The account and its password hash, for sign-in only. */
export async function findUserForSignIn(db: Database, email: string): Promise<(User & { passwordHash: string }) | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ? { ...asUser(row), passwordHash: row.passwordHash } : null;
}

export async function findUser(db: Database, id: number): Promise<User | null> {
  const [row] = await db.select(userColumns).from(users).where(eq(users.id, id));
  return row ? asUser(row) : null;
}

export async function listUsers(db: Database): Promise<User[]> {
  return (await db.select(userColumns).from(users).orderBy(asc(users.email))).map(asUser);
}

/** A new password for the account (hashed); its other sessions end, this one stays. */
export async function setPassword(db: Database, id: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(Password.parse(password));
  await db.update(users).set({ passwordHash }).where(eq(users.id, id));
}

export async function setUserDisabled(db: Database, id: number, disabled: boolean): Promise<User | null> {
  const [row] = await db
    .update(users)
    .set({ disabledAt: disabled ? sql`now()` : null })
    .where(eq(users.id, id))
    .returning(userColumns);
  return row ? asUser(row) : null;
}

export async function countActiveAdmins(db: Database): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(and(eq(users.role, "admin"), isNull(users.disabledAt)));
  return row.n;
}

export async function anyUserExists(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).limit(1);
  return Boolean(row);
}

/**
 * The first admin, from ADMIN_EMAIL and ADMIN_PASSWORD, when no admin exists.
 * Nothing ships with a default password: without both, the site stays read-only.
 */
export async function ensureFirstAdmin(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<"created" | "exists" | "not-configured"> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return "not-configured";
  const email = env.ADMIN_EMAIL;
  const password = env.ADMIN_PASSWORD;
  // Servers starting at once on one PostgreSQL take turns: the second finds the first's admin, rather than
  // making it again (a unique-email error) or taking it for a lost account and ending its sessions.
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    await t.execute(sql`select pg_advisory_xact_lock(${FIRST_ADMIN_LOCK})`);
    if ((await countActiveAdmins(t)) > 0) return "exists";
    const existing = await findUserForSignIn(t, email);
    if (existing) {
      // The address is taken by a disabled or non-admin account: make it the admin rather than lock everyone out.
      await t
        .update(users)
        .set({ role: "admin", disabledAt: null, passwordHash: await hashPassword(Password.parse(password)) })
        .where(eq(users.id, existing.id));
      // A credential change: whatever the account could do before (sessions, tokens), it must not now do as an admin.
      await endAccessOf(t, existing.id);
      return "created";
    }
    await createUser(t, { email, name: env.ADMIN_NAME ?? "Administrator", role: "admin", password });
    return "created";
  });
}

/** Any fixed number: the lock under which a starting server makes the first admin. */
const FIRST_ADMIN_LOCK = 727_002;
