import { matchesIfNoneMatch, versionEtag } from "./cached-response";

/**
 * A file made once per data version (a PDF, a slide deck), sent as a download
 * named for what it holds; its ETag is the version's, so a repeat is a 304.
 */
export async function versionedFile(request: Request, version: number, file: { type: string; name: string; bytes: () => Promise<Uint8Array> }): Promise<Response> {
  const url = new URL(request.url);
  url.searchParams.sort();
  const etag = versionEtag(version, `${url.pathname}?${url.searchParams}`);
  const headers = { ETag: etag, "Cache-Control": "public, no-cache", "Content-Disposition": `attachment; filename="${file.name}"` };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(await file.bytes()), { headers: { ...headers, "Content-Type": file.type } });
}

export const FILE_TYPES = {
  pdf: "application/pdf",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;
