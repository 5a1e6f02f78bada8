import { z } from "zod";
import { FigureStatus, Id, Indicator } from "@/lib/model";

export const FigureFilters = z.object({
  indicator: Indicator.optional(),
  location: Id.optional(),
  source: Id.optional(),
  status: FigureStatus.optional(),
  /** One situation's claims; without it, every situation's. */
  situation: Id.optional(),
});
export type FigureFilters = z.infer<typeof FigureFilters>;

export const filterParameters = ["indicator", "location", "source", "status", "situation"] as const;
