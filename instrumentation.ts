/** Opens, migrates and (on first start) seeds the database when the server starts, not on the first visit. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDb } = await import("@/lib/db");
    await getDb();
  }
}
