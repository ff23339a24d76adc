import { notFound } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/server/db";
import { isAppError } from "@/server/errors";
import { getSegment } from "@/features/segments/services/find-segments";

/** The segment of the page's id, or the not-found page for a malformed or unknown id. */
export async function loadSegment(id: string) {
  if (!z.uuid().safeParse(id).success) notFound();
  try {
    return await getSegment(await getDb(), id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
