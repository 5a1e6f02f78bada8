"use client";
import { getMessages, type Messages } from "./messages";
import { useLocale } from "./navigation";

/** The readers' strings in the page's language, for client components (the same on the server render and in the browser). */
export function useMessages(): Messages {
  return getMessages(useLocale());
}
