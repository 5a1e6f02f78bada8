import { createHash, randomBytes } from "node:crypto";

/**
 * A new secret: 256 random bits, prefixed so secret scanners recognise a leaked one.
 * Only its hash is stored: with this much entropy SHA-256 is enough, and a
 * lookup by hash stays one indexed query per request.
 */
export function newSecretToken(prefix: "sitrep_session" | "sitrep_pat"): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
