import type { Qualifier } from "@/lib/model";
import { reportKey } from "./keys";
import type { DerivedClaim, DerivedFigureDefinition, ReportedClaim } from "./types";

export class DerivedFigureError extends Error {}

/**
 * A sum is only as exact as its least exact part: "about" anywhere makes it
 * "about"; a lower bound ("at least", "more than") makes it a lower bound.
 * Lower and upper bounds together bound nothing, so that sum is refused.
 */
export function sumQualifier(qualifiers: Qualifier[]): Qualifier {
  if (qualifiers.includes("about")) return "about";
  const hasLower = qualifiers.some((q) => q === "at-least" || q === "more-than");
  const hasUpper = qualifiers.includes("up-to");
  if (hasLower && hasUpper) {
    throw new DerivedFigureError("cannot add an 'up to' part to an 'at least' or 'more than' part: the sum has no bound");
  }
  if (hasUpper) return "up-to";
  if (qualifiers.includes("at-least")) return "at-least";
  if (qualifiers.includes("more-than")) return "more-than";
  return "exact";
}

export function deriveSum(definition: DerivedFigureDefinition, figuresById: Map<string, ReportedClaim>): DerivedClaim {
  const parts = definition.partIds.map((id) => {
    const part = figuresById.get(id);
    if (!part) throw new DerivedFigureError(`${definition.id}: part '${id}' does not exist`);
    return part;
  });
  const first = parts[0];
  for (const part of parts) {
    // Adding one source's count to another's is the classic dashboard error.
    if (reportKey(part) !== reportKey(first)) {
      throw new DerivedFigureError(
        `${definition.id}: part '${part.id}' comes from another source or report than '${first.id}'; sums only add parts of one report`,
      );
    }
    if (part.indicator !== definition.indicator || part.unit !== definition.unit) {
      throw new DerivedFigureError(`${definition.id}: part '${part.id}' counts ${part.indicator} in ${part.unit}, not ${definition.indicator} in ${definition.unit}`);
    }
    if ([...part.locationIds].sort().join("+") !== [...definition.locationIds].sort().join("+")) {
      throw new DerivedFigureError(`${definition.id}: part '${part.id}' counts other places than the sum`);
    }
    if (part.countKind !== first.countKind || part.periodStart !== first.periodStart || part.periodEnd !== first.periodEnd) {
      throw new DerivedFigureError(`${definition.id}: part '${part.id}' counts another period than '${first.id}'`);
    }
    if (part.valueHigh !== undefined) {
      throw new DerivedFigureError(`${definition.id}: part '${part.id}' is a range; ranges are not summed`);
    }
  }
  if (new Set(parts.map((p) => p.group)).size !== parts.length) {
    throw new DerivedFigureError(`${definition.id}: two parts count the same group; parts must not overlap`);
  }
  return {
    kind: "derived",
    id: definition.id,
    indicator: definition.indicator,
    group: definition.group,
    unit: definition.unit,
    locationIds: definition.locationIds,
    countKind: first.countKind,
    periodStart: first.periodStart,
    periodEnd: first.periodEnd,
    value: parts.reduce((total, part) => total + part.value, 0),
    qualifier: sumQualifier(parts.map((p) => p.qualifier)),
    sourceId: first.sourceId,
    via: first.via,
    url: first.url,
    reportedAt: first.reportedAt,
    dateNote: first.dateNote,
    status: parts.every((p) => p.status === "current") ? "current" : "superseded",
    label: definition.label,
    pinnedReason: definition.pinnedReason,
    situationIds: definition.situationIds ?? first.situationIds,
    parts,
  };
}
