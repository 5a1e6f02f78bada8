"use client";
import { localeLoader } from "./locale-loader";
import type { Messages } from "./messages";
import { en } from "./messages/en";
import { useLocale } from "./navigation";

const messagesIn = localeLoader<Messages>(en, {
  ar: () => import("./messages/ar").then((m) => m.ar),
  ku: () => import("./messages/ku").then((m) => m.ku),
});

/** The readers' strings in the page's language, for client components (the same on the server render and in the browser). */
export function useMessages(): Messages {
  return messagesIn(useLocale());
}
