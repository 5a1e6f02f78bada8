import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Database } from "./client";

const CHUNK = 5000;

/** A PostgreSQL array literal ({"a","b"}), each element quoted, for a value sent as text. */
function arrayLiteral(values: unknown[]): string {
  return `{${values.map((v) => (v === null || v === undefined ? "NULL" : `"${String(v).replace(/["\\]/g, "\\$&")}"`)).join(",")}}`;
}

/** How a value travels in the column's unnest array: arrays and JSON as text, cast back per row. */
function encode(value: unknown, column: PgColumn): unknown {
  if (value === null || value === undefined) return null;
  const type = column.getSQLType();
  if (type.endsWith("[]")) return arrayLiteral(value as unknown[]);
  if (type === "jsonb" || type === "json") return JSON.stringify(value);
  return value;
}

const carrierType = (column: PgColumn) => {
  const type = column.getSQLType();
  return type.endsWith("[]") || type === "jsonb" || type === "json" ? "text" : type;
};

/**
 * Inserts many rows with one statement per 5,000: each column travels as one
 * array parameter and `unnest` turns them back into rows. Far fewer bound
 * parameters than a multi-row VALUES, which is what makes a 100,000-claim
 * import take seconds on PGlite. Columns no row gives take their defaults.
 */
export async function bulkInsert(db: Database, table: PgTable, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((row) => row[key] !== undefined));
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const names = sql.join(columns.map(([, column]) => sql.identifier(column.name)), sql`, `);
    // sql.param: one parameter holding the whole array, not a list of parameters.
    const arrays: SQL[] = columns.map(([key, column]) => sql`${sql.param(chunk.map((row) => encode(row[key], column)))}::${sql.raw(carrierType(column))}[]`);
    const aliases = columns.map((_, i) => `c${i}`);
    const selected = sql.join(columns.map(([, column], i) => sql.raw(`c${i}::${column.getSQLType()}`)), sql`, `);
    await db.execute(sql`insert into ${table} (${names}) select ${selected} from unnest(${sql.join(arrays, sql`, `)}) as u(${sql.raw(aliases.join(", "))})`);
  }
}
