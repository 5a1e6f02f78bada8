import { writeRoute } from "@/lib/http/write-route";
import { situationOfRead } from "@/lib/http/situation-query";
import { documentRequest } from "@/lib/intake/document-request";
import { intakeContext } from "@/lib/intake/context";
import { extractCandidates } from "@/lib/intake/extract";
import { archiveDocument } from "@/lib/write/documents";

/**
 * Archives a report's text (editors) and answers the figures found in it as
 * candidate claims, each with its quote's offsets in the archived text. The
 * same text sent again answers the stored document (200, not 201).
 */
export const POST = writeRoute("editor", async ({ db, writer }, request: Request) => {
  const input = await documentRequest(request);
  const scope = await situationOfRead(input.situation);
  if (!scope.ok) return scope.response;
  const { snapshot } = scope;
  const { document, created } = await archiveDocument(db, writer, { ...input, situation: snapshot.situation.id });
  const candidates = extractCandidates(input.text, intakeContext(snapshot, input.outlet));
  return Response.json({ document, candidates }, { status: created ? 201 : 200, headers: { Location: `/api/documents/${document.id}` } });
});
