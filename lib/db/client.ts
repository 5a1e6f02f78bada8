import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { acquireDataDirLock } from "./data-dir-lock";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
  db: Database;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
}

const migrationsFolder = path.join(process.cwd(), "lib", "db", "migrations");

/** pg_advisory_lock key held while migrating ("sitrep-m" in ASCII). */
const MIGRATION_LOCK = 0x73697472_65702d6dn.toString();

export function dataDir(): string {
  return process.env.DATA_DIR ?? path.join(process.cwd(), ".data");
}

/** PostgreSQL when DATABASE_URL is set; otherwise the embedded PGlite in DATA_DIR. Migrates before returning. */
export async function openDatabase(): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const { Pool } = await import("pg");
    const { drizzle } = await import("drizzle-orm/node-postgres");
    const { migrate } = await import("drizzle-orm/node-postgres/migrator");
    const pool = new Pool({ connectionString: url, max: 10 });
    // An idle connection the server drops (PostgreSQL restarting, an admin
    // ending sessions) must not end this process: the pool replaces it on
    // the next query, and a query that fails says so to its caller.
    pool.on("error", (error) => console.warn(`Sitrep: PostgreSQL dropped an idle connection (${error.message}); the pool will open another.`));
    // Several servers may start on one database at once: one migrates while the others wait, then find nothing to do.
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migrate(drizzle({ client, schema }), { migrationsFolder });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
    const db = drizzle({ client: pool, schema });
    return { db: db as unknown as Database, kind: "postgres", close: () => pool.end() };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const dir = dataDir();
  const release = dir.startsWith("memory://") ? () => {} : acquireDataDirLock(dir);
  const client = new PGlite(dir);
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}
