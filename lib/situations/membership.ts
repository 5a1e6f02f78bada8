import type { Situation } from "@/lib/model";

/**
 * The situation that answers reads which name none (`/api/overview` without
 * `situation=`, old addresses): `DEFAULT_SITUATION` when it names one, else the
 * first created.
 */
export function defaultSituationOf<T extends Pick<Situation, "id">>(situations: T[]): T | undefined {
  const chosen = process.env.DEFAULT_SITUATION;
  return situations.find((s) => s.id === chosen) ?? situations[0];
}

/**
 * A record's situations: its own list, or the first situation created when it
 * names none (records written before situations existed, files without the
 * column). Not the default situation: choosing another one to answer reads
 * must not move the old records into it.
 */
export function situationsOfRecord(record: { situationIds?: string[] }, firstId: string | undefined): string[] {
  if (record.situationIds?.length) return record.situationIds;
  return firstId ? [firstId] : [];
}

export const belongsTo = (record: { situationIds?: string[] }, situationId: string, firstId: string | undefined) =>
  situationsOfRecord(record, firstId).includes(situationId);
