"use client";
import dynamic from "next/dynamic";

// Following the data version and the staff bar need SWR, about 5 kB: they load after the page, not in its first load.
const FollowDataVersion = dynamic(() => import("./follow-data-version").then((m) => m.FollowDataVersion), { ssr: false });
const StaffBar = dynamic(() => import("./staff-bar").then((m) => m.StaffBar), { ssr: false });
const PlainCopy = dynamic(() => import("@/components/ui/plain-copy").then((m) => m.PlainCopy), { ssr: false });

export function FollowDataVersionLater({ renderedVersion }: { renderedVersion: number }) {
  return (
    <>
      <StaffBar />
      <PlainCopy />
      <FollowDataVersion renderedVersion={renderedVersion} />
    </>
  );
}
