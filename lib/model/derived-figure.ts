import { z } from "zod";
import { Id, NonEmptyText, OptionalText } from "./common";
import { Indicator, PopulationGroup, Unit } from "./enums";

/**
 * The definition of a derived figure (which claims to add up) is data; its value
 * and qualifier are always computed from the parts, never stored.
 */
export const DerivedFigureDefinition = z.object({
  id: Id,
  indicator: Indicator,
  group: PopulationGroup,
  unit: Unit,
  locationIds: z.array(Id).min(1),
  partIds: z.array(Id).min(2, "a sum needs at least two parts"),
  label: NonEmptyText,
  /** Editors may pin a sum as the headline, with the reason shown beside it. */
  pinnedReason: OptionalText,
  /** The situations this belongs to; left out, the default one (lib/situations/membership.ts). */
  situationIds: z.array(Id).min(1, "must name at least one situation").optional(),
});
export type DerivedFigureDefinition = z.infer<typeof DerivedFigureDefinition>;
