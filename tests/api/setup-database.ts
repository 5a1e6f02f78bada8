import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { closeDb } from "@/lib/db";

// Each test file gets its own database, migrated and seeded with the bundled
// data on first use: an in-memory PGlite, or a fresh database on the
// PostgreSQL server named by TEST_DATABASE_URL.
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (process.env.SITREP_TEST_DB !== "postgres") {
    process.env.DATA_DIR = "memory://";
    delete process.env.DATABASE_URL;
    return;
  }
  const { Client } = await import("pg");
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const name = `sitrep_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    const client = new Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
});

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
