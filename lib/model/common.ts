import { z } from "zod";
import { unsafeTextProblem } from "./text-safety";
import { choiceProblem, dateProblem } from "./problems";

// One wording everywhere (forms, API, importer): a missing field "is required", not "expected string, received
// undefined"; a wrong choice names the value and the choices (lib/model/problems.ts).
z.config({
  customError: (issue) => {
    if (issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value")) return "is required";
    if (issue.code === "invalid_value" && issue.values.length > 1) return choiceProblem(issue.path?.at(-1)?.toString(), issue.input, issue.values);
    return undefined;
  },
});

/** The largest number PostgreSQL's `integer` column holds; a bigger count is refused here, not by the database. */
export const MAX_INTEGER = 2_147_483_647;

/**
 * Refused at the edge, so a dry run and a real run agree and no feed or file
 * built from the text can break: PostgreSQL cannot hold U+0000 or a lone
 * surrogate, XML cannot carry most control characters (lib/model/text-safety.ts).
 */
export const safeText = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((text, context) => {
    const problem = unsafeTextProblem(text);
    if (problem) context.addIssue({ code: "custom", message: problem, input: text });
  });

/** A b-tree index entry holds about 2,700 bytes; ids stay far below that. */
const MAX_ID_LENGTH = 120;

/** Stable ids are kebab-case so they read well in URLs and CSV cells. */
export const Id = z
  .string()
  .trim()
  .max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case letters and digits, e.g. sohr-killed-civilians");

/** Calendar dates stay ISO strings end to end; only the UI turns them into words. */
export const IsoDate = z.iso.date({ error: (issue) => (issue.input === undefined ? "is required" : dateProblem(issue.input)) });

export const NonEmptyText = safeText(z.string().trim().min(1, "must not be empty"));

/** Free text that may be left out; present, it is not blank. */
export const OptionalText = NonEmptyText.optional();

/** Free text that may be empty (e.g. a place name no source gives). */
export const PlainText = safeText(z.string());

export const HttpUrl = safeText(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }));

/** A count of people or households: whole, not negative, and within what the database stores. */
export const Count = z
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .nonnegative("must be 0 or more")
  .max(MAX_INTEGER, `must be at most ${MAX_INTEGER.toLocaleString("en")}`);
