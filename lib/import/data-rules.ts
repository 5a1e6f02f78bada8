import { supersedeProblem } from "@/lib/claims/supersede";
import { takenFromProblem } from "@/lib/claims/taken-from";
import type { Figure } from "@/lib/model";
import type { Dataset } from "./dataset";
import type { RowError } from "./errors";

/**
 * The rules of lib/claims/README.md a program can check on an import, each
 * error naming the row and column: `supersedes` only as a source's own later,
 * not lower count of the same thing; `takenFrom` only to the same figure of
 * the same thing, without a loop; a day index only on a dated event.
 */
export function checkDataRules(dataset: Dataset, storedFigures: Map<string, Figure>): RowError[] {
  const figures = new Map(storedFigures);
  for (const figure of dataset.figures) figures.set(figure.id, figure);
  const supersedeErrors = dataset.figures.flatMap((figure) => {
    const problem = supersedeProblem(figure, figure.supersedes ? figures.get(figure.supersedes) : undefined);
    return problem ? [{ file: dataset.figuresFileName, row: dataset.figureRows.get(figure.id) ?? 0, column: "supersedes", message: problem }] : [];
  });
  const takenFromErrors = dataset.figures.flatMap((figure) => {
    const problem = takenFromProblem(figure, figures);
    return problem ? [{ file: dataset.figuresFileName, row: dataset.figureRows.get(figure.id) ?? 0, column: "taken_from", message: problem }] : [];
  });
  // A changed origin must still be the figure the claims repeating it give.
  const changed = new Set(dataset.figures.map((f) => f.id));
  for (const repeat of figures.values()) {
    if (!repeat.takenFrom || !changed.has(repeat.takenFrom) || changed.has(repeat.id)) continue;
    const problem = takenFromProblem(repeat, figures);
    if (problem) {
      const row = dataset.figureRows.get(repeat.takenFrom) ?? 0;
      takenFromErrors.push({ file: dataset.figuresFileName, row, column: "(row)", message: `'${repeat.id}' ${problem}; change or unlink it in the same write` });
    }
  }
  const dayIndexErrors = dataset.events.flatMap((event, i) =>
    event.dayIndex !== undefined && !event.date
      ? [{ file: "events.json", row: i + 1, column: "dayIndex", message: "is set only for dated events: an undated event gets no day index" }]
      : [],
  );
  return [...supersedeErrors, ...takenFromErrors, ...dayIndexErrors];
}
