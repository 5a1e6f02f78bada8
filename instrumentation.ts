/** Opens, migrates and (on first start) seeds the database as the server starts; see lib/db/startup.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startDatabase } = await import("@/lib/db/startup");
    startDatabase();
  }
}
