/**
 * How well the intake finds the figures a person finds: recall and precision
 * of candidate claims against tests/fixtures/intake/labelled-reports.json
 * (report texts from ../shared/research/other-reports.md and the seed, each
 * figure labelled by hand with value, qualifier, indicator and originator).
 * Run: npm run bench:intake (-- --verbose lists every miss); npm run bench runs it first.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { bundledRecords } from "@/lib/intake/bundled-context";
import { intakeContext } from "@/lib/intake/context";
import { extractCandidates } from "@/lib/intake/extract";
import { addScores, scoreReport, type LabelledFigure } from "@/lib/intake/score";

interface LabelledReport {
  id: string;
  language: string;
  outlet: string | null;
  text: string;
  figures: LabelledFigure[];
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : "–");

/** Places and sources of the held-out passages' imagined crisis, as an editor would have recorded them. */
const heldOutRecords = (records: Awaited<ReturnType<typeof bundledRecords>>) => ({
  ...records,
  situation: { ...records.situation, placeIds: [], facilityIds: [] },
  locations: [],
});

export async function benchIntake(verbose = false): Promise<void> {
  const records = await bundledRecords();
  await scoreSet("labelled-reports.json", "Intake, research texts (the rules were written against these)", records, verbose);
  await scoreSet("held-out-reports.json", "Intake, held-out passages (written apart, never used to write the rules)", heldOutRecords(records), verbose);
}

async function scoreSet(name: string, title: string, records: Parameters<typeof intakeContext>[0], verbose: boolean): Promise<void> {
  const file = path.join(process.cwd(), "tests", "fixtures", "intake", name);
  const { reports } = JSON.parse(await readFile(file, "utf8")) as { reports: LabelledReport[] };
  const started = performance.now();
  const scores = reports.map((report) => {
    const candidates = extractCandidates(report.text, intakeContext(records, report.outlet ?? undefined));
    const score = scoreReport(candidates, report.figures);
    if (verbose && (score.found < score.labelled || score.right < score.proposed || score.qualifier < score.found || score.indicator < score.found || score.originator < score.found)) {
      console.log(`\n${report.id}: ${report.text}`);
      console.log("  labelled:", JSON.stringify(report.figures.map((f) => [f.value, f.qualifier, f.indicator, f.originator])));
      console.log("  proposed:", JSON.stringify(candidates.map((c) => [c.value ?? c.valueText, c.qualifier, c.indicator ?? null, c.sourceId ?? c.sourceText ?? null])));
    }
    return score;
  });
  const elapsed = performance.now() - started;
  const total = addScores(scores);
  const characters = reports.reduce((sum, r) => sum + r.text.length, 0);
  console.log(`\n${title}: ${reports.length} reports, ${total.labelled} figures (${characters.toLocaleString("en")} characters)`);
  console.log(`  recall     ${percent(total.found, total.labelled)}  (${total.found} of ${total.labelled} figures found)`);
  console.log(`  precision  ${percent(total.right, total.proposed)}  (${total.right} of ${total.proposed} candidates with a number are labelled figures)`);
  console.log(`  of the figures found, right:  qualifier ${percent(total.qualifier, total.found)} · indicator ${percent(total.indicator, total.found)} · originator ${percent(total.originator, total.found)}`);
  console.log(`  ${(elapsed / reports.length).toFixed(2)} ms a report`);
}
