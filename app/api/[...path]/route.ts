import { jsonError } from "@/lib/http/cached-response";

/** Any /api address no route answers: a JSON 404 a script can read, never an HTML page. */
function unknownEndpoint(request: Request): Response {
  return jsonError(404, `No API endpoint at ${new URL(request.url).pathname}`, { see: "README.md#api" });
}

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };
