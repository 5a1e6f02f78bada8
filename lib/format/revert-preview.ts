import { describeChanges } from "./revision-changes";

type StaffHistory = { willChange: string; willWithdraw: string; willRemove: string; willRestore: string };

/** What undoing a revision will do, said before it is done: each field back to what it was, or the record's own fate. */
export function revertPreview(revision: { entity: string; action: string; changes: Record<string, unknown> }, words: StaffHistory): string {
  if (revision.action === "remove") return words.willRestore;
  if (revision.action === "create") return revision.entity === "figure" ? words.willWithdraw : words.willRemove;
  const back = Object.fromEntries(Object.entries(revision.changes).map(([field, change]) => [field, { from: (change as { to?: unknown })?.to, to: (change as { from?: unknown })?.from }]));
  return `${words.willChange} ${describeChanges(back)}`;
}
