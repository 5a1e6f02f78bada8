import type { Indicator, NoticeKind, PopulationGroup, Qualifier, Unit } from "@/lib/model";

/** A figure as a notice tells it: what a message needs, kept so the message says what was decided, whatever changes later. */
export interface NoticeFigure {
  claimId: string;
  value: number;
  valueHigh?: number;
  qualifier: Qualifier;
  unit: Unit;
  sourceId?: string;
  reportedAt?: string;
}

interface About {
  situationId: string;
  indicator: Indicator;
  group: PopulationGroup;
  placeIds: string[];
}

/** One change a subscriber may hear about, decided once per data version and situation. */
export type Notice =
  | ({ type: "headline"; cardKey: string; figure: NoticeFigure; previous?: NoticeFigure } & About)
  | ({ type: "disagreement"; cardKey: string; figure: NoticeFigure; shown: NoticeFigure } & About)
  | ({ type: "claim"; figure: NoticeFigure } & About)
  | { type: "facility"; situationId: string; placeIds: string[]; eventId: string; status: string; sourceId: string; date?: string };

export type NoticeOf<K extends NoticeKind> = Extract<Notice, { type: K }>;

/** What a notice is about; with the data version it was decided at, unique per subscription: queueing it again (another server, another pass) writes nothing, while the same change later (a figure back to where it was) is a notice of its own. */
export function noticeKey(notice: Notice): string {
  switch (notice.type) {
    case "headline":
      return `headline:${notice.cardKey}:${notice.figure.claimId}:${notice.figure.value}:${notice.figure.qualifier}:${notice.figure.valueHigh ?? ""}`;
    case "disagreement":
      return `disagreement:${notice.cardKey}:${notice.figure.claimId}`;
    case "claim":
      return `claim:${notice.figure.claimId}`;
    case "facility":
      return `facility:${notice.placeIds.join(",")}:${notice.eventId}`;
  }
}
