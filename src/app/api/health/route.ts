import { getDb } from "@/server/db";

/** Readiness for load balancers and test harnesses: the database is reachable and migrated. */
export async function GET() {
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
