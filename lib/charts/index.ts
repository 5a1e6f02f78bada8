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

export function buildChart(id: ChartId, snapshot: Snapshot): ChartModel {
  return builders[id](snapshot);
}

export function buildCharts(snapshot: Snapshot): ChartModel[] {
  return Object.values(builders).map((build) => build(snapshot));
}
