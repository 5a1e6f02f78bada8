import { currentLocale } from "./current-locale";
import type { Locale } from "./locales";
import type { Translation } from "./translation";
import { ar } from "./staff/ar";
import { en } from "./staff/en";
import { ku } from "./staff/ku";

/**
 * The strings of the staff pages (sign-in, editing, import, accounts, audit),
 * apart from the readers' messages so no reader's page carries them.
 */
export type StaffMessages = Translation<typeof en>;

const staffMessages: Record<Locale, StaffMessages> = { en, ar, ku };

export function getStaffMessages(locale: Locale = currentLocale()): StaffMessages {
  return staffMessages[locale];
}
