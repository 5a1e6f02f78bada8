import { describe, expect, it } from "vitest";
import { latestPlacedEvent, sortEventsInTime } from "@/lib/queries/event-summary";
import type { Event } from "@/lib/model";

const event = (id: string, extra: Partial<Event> = {}): Event => ({
  id,
  kind: "facility-status",
  facilityStatus: "attacked",
  title: id,
  description: id,
  dateBasis: "test",
  locationIds: ["khalid-fajr-hospital"],
  sourceId: "sohr",
  quote: "q",
  quoteLanguage: "en",
  ...extra,
});

describe("event time order", () => {
  const events = [
    event("undated"),
    event("day-6-undated", { dayIndex: 6, facilityStatus: "evacuated" }),
    event("dated-9", { date: "2026-01-09" }),
    event("ceasefire-sunday", { kind: "ceasefire", facilityStatus: undefined, date: "2026-01-11", dayIndex: 6, locationIds: [] }),
  ];

  it("places an undated account on its day, after that day's dated accounts, and the unplaceable last", () => {
    expect(sortEventsInTime(events).map((e) => e.id)).toEqual(["dated-9", "ceasefire-sunday", "day-6-undated", "undated"]);
  });

  it("never calls an unplaceable account the latest, and places days using every event", () => {
    const hospital = (e: Event) => e.kind === "facility-status";
    expect(latestPlacedEvent(events, hospital)?.id).toBe("day-6-undated");
    expect(latestPlacedEvent(events.filter(hospital), hospital)?.id).toBe("dated-9");
  });
});
