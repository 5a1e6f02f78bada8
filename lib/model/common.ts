import { z } from "zod";

/** Stable ids are kebab-case so they read well in URLs and CSV cells. */
export const Id = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case letters and digits, e.g. sohr-killed-civilians");

/** Calendar dates stay ISO strings end to end; only the UI turns them into words. */
export const IsoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

export const NonEmptyText = z.string().trim().min(1, "must not be empty");

export const HttpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
