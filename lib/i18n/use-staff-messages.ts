"use client";
import { localeLoader } from "./locale-loader";
import { useLocale } from "./navigation";
import { en } from "./staff/en";
import type { StaffMessages } from "./staff-messages";

const staffMessagesIn = localeLoader<StaffMessages>(en, {
  ar: () => import("./staff/ar").then((m) => m.ar),
  ku: () => import("./staff/ku").then((m) => m.ku),
});

/** The staff pages' strings in the page's language, for client components. */
export function useStaffMessages(): StaffMessages {
  return staffMessagesIn(useLocale());
}
