import { formatDate } from "@/lib/format/dates";
import { formatList } from "@/lib/format/list";
import { formatQualified } from "@/lib/format/qualified-number";
import { getMessages } from "@/lib/i18n/messages";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { localizedPath } from "@/lib/i18n/localized-path";
import { placeNameOf } from "@/lib/i18n/place-name";
import type { FacilityStatus } from "@/lib/model";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import type { Notice, NoticeFigure } from "./notice";

export interface NoticeText {
  /** One line for a subject or a chat message's first words. */
  short: string;
  /** The figure in words, with its source and date. */
  text: string;
  /** Where its source and quote are: the claim's (or account's) page. */
  url: string;
}

/**
 * A notice in the page language of the current scope (lib/i18n/locale-scope.ts):
 * the figure with its qualifier in words, who said it and when, and the
 * address of its source panel. Names come from the snapshot; the figure from
 * the notice, as it was decided.
 */
export function noticeText(notice: Notice, snapshot: SituationSnapshot, origin: string): NoticeText {
  const t = getMessages();
  const a = getOutgoingMessages().alerts;
  const page = (path: string) => `${origin}${localizedPath(t.locale, path)}`;
  const places = formatList(notice.placeIds.map((id) => placeNameOf(snapshot.locationsById, id)));
  const sourceName = (id: string | undefined) => (id ? (snapshot.sourcesById.get(id)?.short ?? id) : "");
  const figure = (f: NoticeFigure) => a.figure(formatQualified(f), t.unit[f.unit], sourceName(f.sourceId), f.reportedAt ? formatDate(f.reportedAt) : "");
  if (notice.type === "facility") {
    const status = t.facilityStatus[notice.status as FacilityStatus] ?? notice.status;
    return {
      short: a.facilityShort(places, status),
      text: a.facility(places, status, sourceName(notice.sourceId), notice.date ? formatDate(notice.date) : ""),
      url: page(`/events/${notice.eventId}`),
    };
  }
  const what = a.what(t.indicator[notice.indicator], t.group[notice.group]);
  const url = page(`/figures/${notice.figure.claimId}`);
  switch (notice.type) {
    case "headline":
      return {
        short: a.headlineShort(what, formatQualified(notice.figure)),
        text: [a.headline(what, places, figure(notice.figure)), notice.previous ? a.previously(figure(notice.previous)) : ""].filter(Boolean).join(" "),
        url,
      };
    case "disagreement":
      return { short: a.disagreementShort(what), text: a.disagreement(what, places, figure(notice.figure), figure(notice.shown)), url };
    case "claim":
      return { short: a.claimShort(what), text: a.claim(what, places, figure(notice.figure)), url };
  }
}
