import { z } from "zod";

// One wording for a missing field everywhere (forms, API, importer), instead of "expected string, received undefined".
z.config({ customError: (issue) => (issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value") ? "is required" : undefined) });

/** The largest number PostgreSQL's `integer` column holds; a bigger count is refused here, not by the database. */
export const MAX_INTEGER = 2_147_483_647;

/** PostgreSQL text cannot hold U+0000: refuse it at the edge so a dry run and a real run agree. */
const NO_NUL = /^[^\u0000]*$/;
const NUL_MESSAGE = "must not contain a NUL (U+0000) character";

/** A b-tree index entry holds about 2,700 bytes; ids stay far below that. */
const MAX_ID_LENGTH = 120;

/** Stable ids are kebab-case so they read well in URLs and CSV cells. */
export const Id = z
  .string()
  .trim()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case letters and digits, e.g. sohr-killed-civilians");

/** Calendar dates stay ISO strings end to end; only the UI turns them into words. */
export const IsoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

export const NonEmptyText = z.string().trim().min(1, "must not be empty").regex(NO_NUL, NUL_MESSAGE);

/** Free text that may be left out; present, it is not blank. */
export const OptionalText = NonEmptyText.optional();

/** Free text that may be empty (e.g. a place name no source gives). */
export const PlainText = z.string().regex(NO_NUL, NUL_MESSAGE);

export const HttpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).regex(NO_NUL, NUL_MESSAGE);

/** A count of people or households: whole, not negative, and within what the database stores. */
export const Count = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .nonnegative("must be 0 or more")
  .max(MAX_INTEGER, `must be at most ${MAX_INTEGER.toLocaleString("en")}`);
