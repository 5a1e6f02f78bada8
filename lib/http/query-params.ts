import type { z } from "zod";
import { jsonError } from "./cached-response";

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

/** Parses known query parameters with a zod schema; an unknown or bad one is a 400 that names it. */
export function parseQuery<T>(url: URL, schema: z.ZodType<T>, allowed: readonly string[]): Parsed<T> {
  const raw: Record<string, string> = Object.create(null);
  for (const [key, value] of url.searchParams) {
    if (!allowed.includes(key)) {
      return { ok: false, response: jsonError(400, `Unknown query parameter '${key}'`, { parameter: key, allowed }) };
    }
    // One value per filter: silently using the last of several would show a different view than asked for.
    if (key in raw) {
      return { ok: false, response: jsonError(400, `Parameter '${key}' is given more than once; give it once`, { parameter: key }) };
    }
    raw[key] = value;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const parameter = String(issue.path[0] ?? "");
    return {
      ok: false,
      response: jsonError(400, `Invalid value for '${parameter}': ${issue.message}`, { parameter }),
    };
  }
  return { ok: true, value: result.data };
}
