"use client";
import dynamic from "next/dynamic";

// Following the data version needs SWR, about 5 kB: it loads after the page, not in its first load.
const FollowDataVersion = dynamic(() => import("./follow-data-version").then((m) => m.FollowDataVersion), { ssr: false });

export function FollowDataVersionLater({ renderedVersion }: { renderedVersion: number }) {
  return <FollowDataVersion renderedVersion={renderedVersion} />;
}
