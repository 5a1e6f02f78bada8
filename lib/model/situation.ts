import { z } from "zod";
import { Id, IsoDate, NonEmptyText, PlainText } from "./common";
import { ChartId, Indicator, PopulationGroup } from "./enums";

/**
 * Words of a site page under /{locale}/: a situation's id is the first part of
 * its pages' addresses, so it cannot be one of them.
 */
export const reservedSituationIds = [
  "account",
  "admin",
  "api",
  "changes",
  "documents",
  "charts",
  "edit",
  "embed",
  "events",
  "figures",
  "import",
  "map",
  "new",
  "sign-in",
  "situations",
  "sources",
  "subscriptions",
  "summary",
] as const;

export const SituationId = Id.refine((id) => !(reservedSituationIds as readonly string[]).includes(id), {
  message: `must not be one of ${reservedSituationIds.join(", ")}: those are page addresses`,
});

/** A text in the interface's languages; English is required, the others fall back to it. */
export const SituationText = z.object({ en: NonEmptyText, ar: PlainText.optional(), ku: PlainText.optional() });
export type SituationText = z.infer<typeof SituationText>;

/** One headline card: what it counts, among whom, where (the situation's places when not given). */
export const HeadlineFigure = z.object({
  indicator: Indicator,
  group: PopulationGroup.default("all"),
  placeIds: z.array(Id).min(1).optional(),
});
export type HeadlineFigure = z.infer<typeof HeadlineFigure>;

export const SituationStatus = z.enum(["active", "archived"]);
export type SituationStatus = z.infer<typeof SituationStatus>;

/**
 * One crisis Sitrep follows (DESIGN.md, "Situations"). Everything a reader
 * sees of it (title, places, facilities, cards, charts, the map's frame)
 * comes from here, so the next crisis needs no developer.
 */
export const Situation = z
  .object({
    id: SituationId,
    titles: SituationText,
    shortTitles: SituationText,
    summary: SituationText,
    period: z.object({ start: IsoDate, end: IsoDate.optional() }),
    status: SituationStatus,
    /** The areas it is about: drawn, shaded and counted by the headline cards. */
    placeIds: z.array(Id).min(1, "must name at least one place"),
    /** Hospitals, schools, shelters, crossings it follows, each with its status timeline. */
    facilityIds: z.array(Id).default([]),
    headline: z.array(HeadlineFigure).min(1, "must have at least one headline figure"),
    charts: z.array(ChartId).default([]),
    mapView: z
      .object({
        /** The place the country locator marks (a city), when it has a point. */
        locatorPlaceId: Id.optional(),
        /** ISO 3166 numeric code of the country the locator draws. */
        countryCode: z.string().regex(/^\d{3}$/, "must be an ISO 3166 numeric code, e.g. 760").optional(),
        countryNames: SituationText.optional(),
        /** A file of data/context/ whose shapes the map draws faintly around the situation's places. */
        contextLayer: Id.optional(),
      })
      .default({}),
    /** The report whose account the overview tells first and the brief draws on. */
    leadSourceId: Id.optional(),
    /** Words for exported files' keywords, besides the place names. */
    keywords: z.array(NonEmptyText).default([]),
  })
  .superRefine((situation, ctx) => {
    if (situation.period.end && situation.period.end < situation.period.start) {
      ctx.addIssue({ code: "custom", path: ["period", "end"], message: "must not be before period.start" });
    }
    if (new Set(situation.headline.map((h) => `${h.indicator}/${h.group}/${h.placeIds?.join(",") ?? ""}`)).size !== situation.headline.length) {
      ctx.addIssue({ code: "custom", path: ["headline"], message: "lists the same figure twice" });
    }
  });
export type Situation = z.infer<typeof Situation>;
