"use client";
import { useState } from "react";

/** Runs an export action and keeps a status line for a role="status" element: a failure is said, never swallowed. */
export function useActionStatus() {
  const [status, setStatus] = useState("");
  const run = (action: () => Promise<void>) => {
    setStatus("");
    action().catch((error: unknown) => setStatus(error instanceof Error ? error.message : String(error)));
  };
  return { status, setStatus, run };
}
