import type { Snapshot } from "@/lib/queries/snapshot";
import { casualtiesByGroup } from "./casualties-by-group";
import { displacedOverTime } from "./displaced-over-time";
import { killedAndInjured } from "./killed-and-injured";
import type { ChartId, ChartModel } from "./model";
import { timeline } from "./timeline";

const builders: Record<ChartId, (snapshot: Snapshot) => ChartModel> = {
  "casualties-by-group": casualtiesByGroup,
  "killed-and-injured": killedAndInjured,
  timeline,
  "displaced-over-time": displacedOverTime,
};

/** When a claim a chart draws last changed, for the "new since you last looked" mark on open pages. */
function withChangedIn(chart: ChartModel, snapshot: Snapshot): ChartModel {
  return { ...chart, changedIn: Math.max(0, ...chart.marks.map((mark) => snapshot.history.changedIn.get(mark.source.id) ?? 0)) };
}

export function buildChart(id: ChartId, snapshot: Snapshot): ChartModel {
  return withChangedIn(builders[id](snapshot), snapshot);
}

export function buildCharts(snapshot: Snapshot): ChartModel[] {
  return Object.values(builders).map((build) => withChangedIn(build(snapshot), snapshot));
}
