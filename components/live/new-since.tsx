"use client";
import { useSyncExternalStore } from "react";
import { useMessages } from "@/lib/i18n/use-messages";
import { seenBaseline } from "@/lib/live/seen-version";

const noSubscription = () => () => {};

/** A "new" mark on what changed since this browser last looked; nothing on the server or a first visit. */
export function NewSince({ changedIn }: { changedIn: number }) {
  const t = useMessages();
  const isNew = useSyncExternalStore(
    noSubscription,
    () => {
      const seen = seenBaseline();
      return seen !== null && changedIn > seen;
    },
    () => false,
  );
  return isNew ? (
    <span className="badge badge-new" data-testid="new-since">
      {t.overview.newSince}
    </span>
  ) : null;
}
