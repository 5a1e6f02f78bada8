export interface PdfInfo {
  title: string;
  subject: string;
}

const A4 = { long: 297, short: 210 };
const MARGIN = 10;

/**
 * A one-page A4 PDF holding the captioned image, whose caption already carries
 * title, sources, notes and dates; the PDF's own metadata repeats title and
 * sources so a document manager shows them too. jsPDF loads only on demand.
 */
export async function pngToPdf(png: Blob, size: { width: number; height: number }, info: PdfInfo): Promise<Blob> {
  const { jsPDF } = await import("jspdf");
  const landscape = size.width > size.height;
  const pageWidth = landscape ? A4.long : A4.short;
  const pageHeight = landscape ? A4.short : A4.long;
  const scale = Math.min((pageWidth - 2 * MARGIN) / size.width, (pageHeight - 2 * MARGIN) / size.height);
  const pdf = new jsPDF({ orientation: landscape ? "landscape" : "portrait", unit: "mm", format: "a4", compress: true });
  pdf.setProperties({ title: info.title, subject: info.subject, creator: "Sitrep" });
  const bytes = new Uint8Array(await png.arrayBuffer());
  pdf.addImage(bytes, "PNG", MARGIN, MARGIN, size.width * scale, size.height * scale);
  return pdf.output("blob");
}
