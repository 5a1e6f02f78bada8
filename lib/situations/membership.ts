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

/**
 * Whether a computed sum is one of a situation's: all its parts are among the
 * situation's claims, and it belongs there itself, by its own list or else by
 * its first part's (a sum belongs where its parts do).
 */
export function sumBelongsTo(
  definition: { partIds: string[]; situationIds?: string[] },
  claimsById: ReadonlyMap<string, { situationIds?: string[] }>,
  situationId: string,
  firstId: string | undefined,
): boolean {
  if (!definition.partIds.every((id) => claimsById.has(id))) return false;
  return belongsTo({ situationIds: definition.situationIds ?? claimsById.get(definition.partIds[0])?.situationIds }, situationId, firstId);
}
