import { describe, expect, it } from "vitest";
import { agreementOf } from "@/lib/claims/agreement";
import { parseDataset } from "@/lib/import/dataset";
import { ImportValidationError, MAX_LISTED_ERRORS } from "@/lib/import/errors";
import { IMPORT_LIMITS } from "@/lib/import/limits";
import { extentOf } from "@/lib/math/extent";
import { buildClaim, FIGURES_CSV_HEAD, figureCsvRow } from "../fixtures/figure-builder";

// As many items as one import may bring: no spread or apply over them may overflow the call stack.
const MANY = IMPORT_LIMITS.rows;

describe("inputs as large as an import allows", () => {
  it("the extent of 200,000 numbers is found by a loop", () => {
    const values = Array.from({ length: MANY }, (_, i) => (i === 123_456 ? -5 : i === 7 ? 9_999_999 : i % 1000));
    expect(extentOf(values)).toEqual({ min: -5, max: 9_999_999 });
  });

  it("agreement over 200,000 claims about one thing gives its range", { timeout: 30_000 }, () => {
    const claims = Array.from({ length: MANY }, (_, i) => buildClaim({ id: `c${i}`, value: 1000 + (i % 5000) }));
    expect(agreementOf(claims, () => "sohr")).toMatchObject({ sources: 1, reports: MANY, low: 1000, high: 5999 });
  });

  it("a file of 200,000 rows, 150,000 of them bad, is refused listing the first 1,000 and counting the rest", () => {
    const rows = Array.from({ length: MANY }, (_, i) => figureCsvRow({ id: `row-${i}`, qualifier: i % 4 === 0 ? "at-least" : "roughly" }));
    const { errors } = parseDataset({ figuresCsv: `${FIGURES_CSV_HEAD}\n${rows.join("\n")}\n` });
    expect(errors).toHaveLength(150_000);
    const refused = new ImportValidationError(errors);
    expect(refused.errors).toHaveLength(MAX_LISTED_ERRORS);
    expect(refused.notListed).toBe(149_000);
    expect(refused.errors[0]).toMatchObject({ row: 4, column: "qualifier" });
    // Parsing and validating 200,000 rows takes seconds on a busy two-core machine; this is about not failing, not speed.
  }, 60_000);
});
