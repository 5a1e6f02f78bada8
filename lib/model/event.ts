import { z } from "zod";
import { HttpUrl, Id, IsoDate, NonEmptyText, OptionalText } from "./common";
import { EventKind, FacilityStatus, QuoteLanguage } from "./enums";

/** One source's account of one event; competing accounts are separate rows. */
export const Event = z
  .object({
    id: Id,
    kind: EventKind,
    facilityStatus: FacilityStatus.optional(),
    title: NonEmptyText,
    description: NonEmptyText,
    dayIndex: z.number().int().min(1).max(6).optional(),
    /** The source's own words for when ("Saturday", "early hours of Sunday"). */
    dayLabel: OptionalText,
    date: IsoDate.optional(),
    /** Where the calendar date comes from; the seed itself gives none. */
    dateBasis: NonEmptyText,
    /**
     * When the report telling this account came out, where known and not the
     * account's own day: AP told of 6 January on 15 February. A brief that
     * tells what happened from it says so.
     */
    reportedAt: IsoDate.optional(),
    locationIds: z.array(Id),
    sourceId: Id,
    via: Id.optional(),
    url: HttpUrl.optional(),
    quote: NonEmptyText,
    quoteLanguage: QuoteLanguage,
    translation: OptionalText,
    notes: OptionalText,
    /** A text orders this account after another ("said in a statement later"): that account's id. */
    after: Id.optional(),
    /** A text orders this account before another ("followed an earlier announcement"): that account's id. */
    before: Id.optional(),
    /** In whose words the order is given, e.g. "the seed: 'said in a statement later'". */
    orderBasis: OptionalText,
    /** The situations this belongs to; left out, the default one (lib/situations/membership.ts). */
    situationIds: z.array(Id).min(1, "must name at least one situation").optional(),
  })
  .superRefine((event, ctx) => {
    if ((event.after === undefined && event.before === undefined) !== (event.orderBasis === undefined)) {
      ctx.addIssue({ code: "custom", path: ["orderBasis"], message: "after and orderBasis go together: the order and whose words give it" });
    }
    if (event.after !== undefined && event.before !== undefined) {
      ctx.addIssue({ code: "custom", path: ["before"], message: "an account is placed after one account or before one, not both" });
    }

    if ((event.kind === "facility-status") !== (event.facilityStatus !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["facilityStatus"],
        message: "is required for facility-status events and only for them",
      });
    }
  });
export type Event = z.infer<typeof Event>;
