import type { Indicator, PopulationGroup, Unit } from "@/lib/model";

/** A column's hashtag, split: "#affected+idps+ind" is tag "affected" with attributes idps and ind, in any order and case. */
export interface Hashtag {
  tag: string;
  attributes: Set<string>;
  /** As the file writes it. */
  text: string;
}

export function parseHashtag(cell: string): Hashtag | undefined {
  const text = cell.trim();
  const match = /^#([a-z][a-z0-9_]*)((?:\s*\+\s*[a-z][a-z0-9_]*)*)$/i.exec(text);
  if (!match) return undefined;
  const attributes = match[2]
    .split("+")
    .map((a) => a.trim().toLowerCase())
    .filter(Boolean);
  return { tag: match[1].toLowerCase(), attributes: new Set(attributes), text };
}

/** What a column is to Sitrep: a figure, a fact every figure of the row takes, or nothing (with why). */
export type ColumnRole =
  | { role: "value"; indicator: Indicator; group: PopulationGroup; unit: Unit }
  | { role: "date"; rank: number }
  | { role: "place"; level: PlaceLevel; by: "name" | "code" }
  | { role: "source"; rank: number }
  | { role: "url" }
  | { role: "ignored"; reason: IgnoredReason; why: string };

/** Why a column is left out, as a code the preview words in the staff's language, with the English `why` beside it. */
export type IgnoredReason =
  | "no-hashtag"
  | "percentage"
  | "breakdown"
  | "several-counts"
  | "no-outcome"
  | "period"
  | "origin-or-destination"
  | "other-metadata"
  | "organisation-code"
  | "admin-level-5"
  | "not-a-count"
  | "another-column";

const ignored = (reason: IgnoredReason, why: string): ColumnRole => ({ role: "ignored", reason, why });

/** From the widest to the narrowest: the narrowest a row names is the place its figures are about. */
export const placeLevels = ["adm1", "adm2", "adm3", "adm4", "loc"] as const;
export type PlaceLevel = (typeof placeLevels)[number];

/**
 * The HXL dictionary's people-count attributes (hxlstandard.org/standard/dictionary)
 * and Sitrep's indicator for each. `+idps` counts people still displaced where
 * they are counted (an IOM DTM round), Sitrep's "still displaced"; our own
 * export writes that indicator with the same attribute.
 */
const indicatorOfAttribute: [string, Indicator][] = [
  ["killed", "killed"],
  ["injured", "injured"],
  ["missing", "missing"],
  ["idps", "still_displaced"],
  ["displaced", "displaced"],
  ["returnees", "returned"],
  ["evacuated", "evacuated"],
  ["arrived", "arrived"],
];

/** Breakdowns by sex or age are parts of a total Sitrep already records from the same row. */
const breakdowns = new Set(["f", "m", "adults", "elderly", "infants", "adolescents", "men", "women", "boys", "girls"]);
const GROUP_ATTRIBUTES: [string, PopulationGroup][] = [
  ["children", "children"],
  ["civilians", "civilians"],
];

function valueRole(hashtag: Hashtag): ColumnRole {
  const a = hashtag.attributes;
  if (a.has("pct")) return ignored("percentage", "a percentage: Sitrep records counts of people");
  const breakdown = [...a].find((attribute) => breakdowns.has(attribute));
  if (breakdown) return ignored("breakdown", `a breakdown by sex or age (+${breakdown}) of a total: Sitrep records the total and the groups it follows`);
  const unit: Unit = a.has("hh") ? "households" : "people";
  const group = GROUP_ATTRIBUTES.find(([attribute]) => a.has(attribute))?.[1] ?? "all";
  if (hashtag.tag === "population") return { role: "value", indicator: "population", group, unit };
  const found = indicatorOfAttribute.filter(([attribute]) => a.has(attribute));
  if (found.length === 1) return { role: "value", indicator: found[0][1], group, unit };
  if (found.length > 1) return ignored("several-counts", `names more than one count (${found.map(([attribute]) => `+${attribute}`).join(" ")}); which is meant is not clear`);
  return ignored("no-outcome", "#affected without what happened to the people (+killed, +injured, +idps, +returnees …)");
}

/**
 * What each hashtag means to Sitrep. Anything else is ignored, and the
 * preview says why, so nobody wonders where a column went.
 */
export function roleOf(hashtag: Hashtag | undefined): ColumnRole {
  if (!hashtag) return ignored("no-hashtag", "no HXL hashtag");
  const a = hashtag.attributes;
  switch (hashtag.tag) {
    case "affected":
    case "population":
      return valueRole(hashtag);
    case "date":
      if (a.has("start") || a.has("end")) return ignored("period", "a period's start or end: each figure takes the date it was reported");
      return { role: "date", rank: a.has("reported") ? 0 : 1 };
    case "adm1":
    case "adm2":
    case "adm3":
    case "adm4":
    case "loc":
      if (a.has("origin") || a.has("dest")) return ignored("origin-or-destination", "where people came from or went to: a figure is about the place it counts in");
      return { role: "place", level: hashtag.tag, by: a.has("code") ? "code" : "name" };
    case "meta":
      if (a.has("source")) return { role: "source", rank: 0 };
      if (a.has("url")) return { role: "url" };
      return ignored("other-metadata", "metadata Sitrep does not use");
    case "org":
      return a.has("code") ? ignored("organisation-code", "an organisation's code: the source is matched by name (#org or #meta+source)") : { role: "source", rank: 1 };
    case "adm5":
      return ignored("admin-level-5", "admin level 5: Sitrep matches places down to admin level 4 and #loc");
    default:
      return ignored("not-a-count", `#${hashtag.tag} is not a count of people, a date, a place or a source`);
  }
}
