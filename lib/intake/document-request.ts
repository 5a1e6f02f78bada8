import { z } from "zod";
import { NewDocument } from "@/lib/model";
import { bodyBytes, JSON_BODY_LIMIT } from "@/lib/http/write-route";
import { documentText, DocumentFileError, MAX_DOCUMENT_FILE_BYTES } from "./document-text";

const FORM_FIELDS = ["situation", "text", "url", "outlet", "publishedAt", "language"] as const;

/**
 * The report a POST /api/documents sends: JSON `{situation, text, url?, …}`,
 * or a multipart form with the same fields and a `file` (.txt, .html, .pdf)
 * that stands for `text`. Empty form fields are absent.
 */
export async function documentRequest(request: Request): Promise<NewDocument> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    const text = new TextDecoder().decode(await bodyBytes(request, JSON_BODY_LIMIT));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new z.ZodError([{ code: "custom", path: [], message: "the body is not valid JSON", input: text }]);
    }
    return NewDocument.parse(body);
  }
  // A form's own fields take a few kB beside its file.
  const bytes = await bodyBytes(request, MAX_DOCUMENT_FILE_BYTES + 64 * 1024);
  const form = await new Response(bytes as BodyInit, { headers: { "content-type": type } }).formData();
  const fields: Record<string, string> = {};
  for (const name of FORM_FIELDS) {
    const value = form.get(name);
    if (typeof value === "string" && value.trim()) fields[name] = value;
  }
  const file = form.get("file");
  if (file && typeof file !== "string" && file.size > 0) {
    try {
      fields.text = await documentText(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      if (error instanceof DocumentFileError) throw new z.ZodError([{ code: "custom", path: ["file"], message: error.message, input: file.name }]);
      throw error;
    }
  }
  return NewDocument.parse(fields);
}
