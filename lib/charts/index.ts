import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { casualtiesByGroup } from "./casualties-by-group";
import { displacedOverTime } from "./displaced-over-time";
import { killedAndInjured } from "./killed-and-injured";
import type { ChartId, ChartModel } from "./model";
import { situationKeywords } from "@/lib/situations/texts";
import { perVersionInLocale } from "@/lib/queries/read-model";
import { timeline } from "./timeline";

const builders: Record<ChartId, (snapshot: SituationSnapshot) => ChartModel> = {
  "casualties-by-group": casualtiesByGroup,
  "killed-and-injured": killedAndInjured,
  timeline,
  "displaced-over-time": displacedOverTime,
};

/** When a claim a chart draws last changed, for the "new since you last looked" mark on open pages. */
function withChangedIn(chart: ChartModel, snapshot: SituationSnapshot): ChartModel {
  return {
    ...chart,
    changedIn: Math.max(0, ...chart.marks.map((mark) => snapshot.history.changedIn.get(mark.source.id) ?? 0)),
    situationId: snapshot.situation.id,
    keywords: situationKeywords(snapshot),
  };
}

/** One chart of a situation, built once per model and language: a page rendered again after another situation's write reuses it. */
export function buildChart(id: ChartId, snapshot: SituationSnapshot): ChartModel {
  return perVersionInLocale(snapshot, `chart:${id}`, () => withChangedIn(builders[id](snapshot), snapshot));
}

/** The situation's charts, in its order. */
export function buildCharts(snapshot: SituationSnapshot): ChartModel[] {
  return snapshot.situation.charts.map((id) => buildChart(id, snapshot));
}
