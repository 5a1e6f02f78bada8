import { z } from "zod";

/** Readers need no account. Editors add and revise; admins also manage accounts and read the audit log. */
export const Role = z.enum(["editor", "admin"]);
export type Role = z.infer<typeof Role>;

/** Whether someone with `role` may do what needs `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return needed === "editor" || role === "admin";
}
