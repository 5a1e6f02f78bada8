import { z } from "zod";
import { Id, NonEmptyText } from "./common";

export const RevisionEntity = z.enum(["figure", "source", "event", "location", "derived-figure"]);

/** Every write is a new row: nothing is overwritten or deleted in place. */
export const Revision = z.object({
  id: z.number().int(),
  entity: RevisionEntity,
  entityId: Id,
  action: z.enum(["create", "update"]),
  author: NonEmptyText,
  at: z.iso.datetime(),
  reason: NonEmptyText,
  changes: z.record(z.string(), z.unknown()),
});
export type Revision = z.infer<typeof Revision>;
