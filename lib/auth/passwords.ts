import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/** Long rather than complicated (NIST SP 800-63B): at least 12 characters, at most 256. */
export const Password = z.string().min(12, "must be at least 12 characters").max(256, "must be at most 256 characters");

/** Argon2id with the library's defaults (19 MiB, 2 passes): the OWASP recommendation. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when no account matches, so a wrong email takes as long as a wrong password. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash("not a real password, only for timing");
  return decoy;
}
