/** The largest file a form takes as text (a place's shape); larger ones go through the API or an import. */
export const MAX_UPLOADED_TEXT_BYTES = 2 * 1024 * 1024;

export class UploadTooLargeError extends Error {
  constructor(readonly field: string) {
    super(`is larger than ${MAX_UPLOADED_TEXT_BYTES / 1024 / 1024} MB`);
  }
}

/**
 * A file field's contents as UTF-8 text, or undefined when no file was
 * chosen. The size is checked before anything is read: what a browser says
 * of a file's type or size is not trusted.
 */
export async function uploadedText(formData: FormData, field: string): Promise<string | undefined> {
  const file = formData.get(field);
  if (!file || typeof file === "string" || file.size === 0) return undefined;
  if (file.size > MAX_UPLOADED_TEXT_BYTES) throw new UploadTooLargeError(field);
  return new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
}
