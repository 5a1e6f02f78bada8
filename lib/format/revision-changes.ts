const MAX_TEXT = 60;

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = Array.isArray(value) ? value.join(", ") : typeof value === "object" ? JSON.stringify(value) : String(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** "value: 44 → 45; qualifier: exact → at-least": what an update changed, short enough to scan. */
export function describeChanges(changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .map(([field, change]) => {
      const { from, to } = (change ?? {}) as { from?: unknown; to?: unknown };
      return `${field}: ${show(from)} → ${show(to)}`;
    })
    .join("; ");
}
