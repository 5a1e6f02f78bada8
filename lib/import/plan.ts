import { isDeepStrictEqual } from "node:util";

export type EntityName = "source" | "location" | "situation" | "figure" | "event" | "derived-figure";

export interface PlannedChange {
  entity: EntityName;
  id: string;
  action: "create" | "update";
  record: Record<string, unknown>;
  /** For updates: each changed field with its old and new value. */
  changes: Record<string, { from: unknown; to: unknown }>;
}

export interface ImportPlan {
  changes: PlannedChange[];
  unchanged: number;
}

/** Compares incoming records with what is stored: only real differences become writes (and revisions). */
export function planChanges<T extends { id: string }>(
  entity: EntityName,
  incoming: T[],
  existing: Map<string, T>,
  plan: ImportPlan,
): void {
  for (const record of incoming) {
    const before = existing.get(record.id);
    if (!before) {
      plan.changes.push({ entity, id: record.id, action: "create", record, changes: {} });
      continue;
    }
    const changes: PlannedChange["changes"] = {};
    const keys = new Set([...Object.keys(before), ...Object.keys(record)]);
    for (const key of keys) {
      const from = (before as Record<string, unknown>)[key];
      const to = (record as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(from, to)) changes[key] = { from: from ?? null, to: to ?? null };
    }
    if (Object.keys(changes).length === 0) plan.unchanged += 1;
    else plan.changes.push({ entity, id: record.id, action: "update", record, changes });
  }
}
