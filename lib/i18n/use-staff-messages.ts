"use client";
import { getStaffMessages, type StaffMessages } from "./staff-messages";
import { useLocale } from "./navigation";

/** The staff pages' strings in the page's language, for client components. */
export function useStaffMessages(): StaffMessages {
  return getStaffMessages(useLocale());
}
