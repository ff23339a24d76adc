import { problem, problemResponse } from "@/server/http/api/problem";

/** Unknown API paths answer a problem document too, not the app's HTML 404 page. */
const notFound = async () =>
  problemResponse(problem("NOT_FOUND", "There is no such API operation. See /api/v1/openapi.json."));
export { notFound as GET, notFound as POST, notFound as PATCH, notFound as DELETE, notFound as PUT };
