import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { situationShortTitle } from "@/lib/situations/texts";
import type { Notice } from "./notice";
import { noticeText, type NoticeText } from "./notice-text";

export interface OutgoingMessage {
  subject: string;
  /** Plain text: every mail reader and chat tool shows it as written. */
  text: string;
  notices: (NoticeText & { notice: Notice })[];
}

/** One message for one subscription: every notice due for it (one write's, or a digest's), newest decisions last. */
export function outgoingMessage(notices: Notice[], snapshot: SituationSnapshot, origin: string, unsubscribeUrl?: string): OutgoingMessage {
  const a = getOutgoingMessages().alerts;
  const situation = situationShortTitle(snapshot.situation);
  const texts = notices.map((notice) => ({ ...noticeText(notice, snapshot, origin), notice }));
  const body = texts.map((n) => `${n.text}\n${a.link(n.url)}`).join("\n\n");
  const footer = [a.footer(situation), unsubscribeUrl ? a.unsubscribe(unsubscribeUrl) : ""].filter(Boolean).join("\n");
  return { subject: a.subject(situation, texts[0]?.short ?? "", texts.length - 1), text: `${body}\n\n-- \n${footer}\n`, notices: texts };
}
