import type { DerivedFigureDefinition, Figure } from "@/lib/model";

export interface ReportedClaim extends Figure {
  kind: "reported";
}

/** A sum of claims from one report of one source; its value is computed, never stored. */
export interface DerivedClaim {
  kind: "derived";
  id: string;
  indicator: Figure["indicator"];
  group: Figure["group"];
  unit: Figure["unit"];
  locationIds: string[];
  countKind: Figure["countKind"];
  periodStart?: string;
  periodEnd?: string;
  value: number;
  qualifier: Figure["qualifier"];
  sourceId: string;
  via?: string;
  url?: string;
  reportedAt?: string;
  dateNote: string;
  /** Superseded as soon as any part is: a sum is never fresher than its parts. */
  status: "current" | "superseded";
  label: string;
  parts: ReportedClaim[];
  pinnedReason?: string;
  /** The sum's own situations; left out, its first part's (a sum belongs where its parts do). */
  situationIds?: string[];
}

export type Claim = ReportedClaim | DerivedClaim;

export type { DerivedFigureDefinition };

export function asReported(figure: Figure): ReportedClaim {
  return { ...figure, kind: "reported" };
}
