import { describe, expect, it } from "vitest";
import { latestPlacedEvent, sortEventsInTime } from "@/lib/events/order";
import { Event } from "@/lib/model";

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
  const hospital = (e: Event) => e.kind === "facility-status";
  const events = [
    event("undated"),
    event("evacuated-later", { facilityStatus: "evacuated", after: "ceasefire-sunday", orderBasis: "the seed: 'said in a statement later'" }),
    event("dated-9", { date: "2026-01-09" }),
    event("ceasefire-sunday", { kind: "ceasefire", facilityStatus: undefined, date: "2026-01-11", locationIds: [] }),
  ];

  it("places an undated account after the account a text says it follows, and the unplaceable last", () => {
    expect(sortEventsInTime(events).map((e) => e.id)).toEqual(["dated-9", "ceasefire-sunday", "evacuated-later", "undated"]);
  });

  it("makes a stated order, not a day number, decide the latest status", () => {
    expect(latestPlacedEvent(events, hospital)?.id).toBe("evacuated-later");
    // Without the account it follows, the stated order places nothing.
    expect(latestPlacedEvent(events.filter(hospital), hospital)?.id).toBe("dated-9");
  });

  it("never calls an undated account the latest, even when it is the only one", () => {
    expect(latestPlacedEvent([event("undated"), event("also-undated", { after: "missing", orderBasis: "x" })], hospital)).toBeUndefined();
  });

  it("places an undated account a text says came earlier just before that account, after the days before it", () => {
    const earlier = event("councils-earlier", { before: "ceasefire-sunday", orderBasis: "the seed: 'followed an earlier announcement'" });
    expect(sortEventsInTime([...events, earlier]).map((e) => e.id)).toEqual(["dated-9", "councils-earlier", "ceasefire-sunday", "evacuated-later", "undated"]);
    // The status it reports is placed, but the account placed after the same statement is later still.
    expect(latestPlacedEvent([...events, { ...earlier, facilityStatus: "evacuation-called" as const }], hospital)?.id).toBe("evacuated-later");
  });

  it("keeps a chain of 'before' in its stated order", () => {
    const b = event("b", { before: "ceasefire-sunday", orderBasis: "x" });
    const a = event("a", { before: "b", orderBasis: "y" });
    const afterA = event("after-a", { after: "a", orderBasis: "z" });
    expect(sortEventsInTime([events[2], events[3], b, a, afterA]).map((e) => e.id)).toEqual(["dated-9", "a", "after-a", "b", "ceasefire-sunday"]);
  });

  it("takes a stated order among every account, not only those asked about", () => {
    // The hospital's reports are ordered by a ceasefire account, which is not a hospital report.
    const reports = [event("called", { before: "ceasefire-sunday", orderBasis: "x" }), event("evacuated", { after: "ceasefire-sunday", orderBasis: "y" })];
    expect(latestPlacedEvent([...reports, events[3]], hospital)?.id).toBe("evacuated");
  });

  it("refuses an account placed both after one account and before another", () => {
    expect(Event.safeParse(event("x", { after: "y", before: "z", orderBasis: "w" })).error?.issues[0].path).toEqual(["before"]);
  });

  it("refuses an order without whose words give it", () => {
    expect(Event.safeParse(event("x", { after: "y" })).error?.issues[0].path).toEqual(["orderBasis"]);
  });
});
