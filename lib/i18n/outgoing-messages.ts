import "server-only";
import { currentLocale } from "./current-locale";
import type { Locale } from "./locales";
import type { Translation } from "./translation";
import { ar } from "./outgoing/ar";
import { en } from "./outgoing/en";
import { ku } from "./outgoing/ku";

/**
 * The words of what the server sends out (alert emails, the data package's
 * README) and of the subscription pages, apart from the readers' messages
 * that client components bundle: no reader's first load carries them.
 */
export type OutgoingMessages = Translation<typeof en>;

const outgoing: Record<Locale, OutgoingMessages> = { en, ar, ku };

export function getOutgoingMessages(locale: Locale = currentLocale()): OutgoingMessages {
  return outgoing[locale];
}
