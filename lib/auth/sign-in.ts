import { z } from "zod";
import { safeText } from "@/lib/model/common";
import type { Database } from "@/lib/db/client";
import { audit } from "./audit";
import { decoyHash, verifyPassword } from "./passwords";
import { createSession } from "./sessions";
import { clearEndedWindows, countSignInAttempt, forgiveSuccessfulAttempt } from "./sign-in-limits";
import { findUserForSignIn, type User } from "./users";

export const Credentials = z.object({
  email: safeText(z.string().trim().min(1, "is required").max(320, "is too long")),
  password: z.string().min(1, "is required").max(256, "is too long"),
});

export type SignInOutcome =
  | { ok: true; user: User; sessionToken: string }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "paused"; retryAfterSeconds: number };

/**
 * Checks email and password and opens a session. A wrong email, a wrong
 * password and a disabled account read the same and take the same time, so
 * nobody learns which accounts exist. Each attempt is counted before the
 * password is checked; too many pause sign-in for the address and the
 * account. Every attempt goes to the audit log.
 */
export async function signIn(db: Database, credentials: z.infer<typeof Credentials>, address: string): Promise<SignInOutcome> {
  const email = credentials.email.trim().toLowerCase();
  const pause = await countSignInAttempt(db, address, email);
  if (pause !== null) {
    await audit(db, { actor: email, action: "sign-in-refused", address, detail: { retryAfterSeconds: pause } });
    return { ok: false, reason: "paused", retryAfterSeconds: pause };
  }
  const user = await findUserForSignIn(db, email);
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyHash()), credentials.password);
  if (!user || !matches || user.disabledAt) {
    await clearEndedWindows(db);
    await audit(db, { userId: user?.id, actor: email, action: "sign-in-failed", address });
    return { ok: false, reason: "wrong" };
  }
  await forgiveSuccessfulAttempt(db, address, email);
  const sessionToken = await createSession(db, user.id);
  await audit(db, { userId: user.id, actor: user.email, action: "sign-in", address });
  const { passwordHash: _hash, ...account } = user;
  return { ok: true, user: account, sessionToken };
}
