import "server-only";
import JSZip from "jszip";
import { xmlSafeText } from "@/lib/model/text-safety";

/** Character references to what XML 1.0 cannot carry either (&#x1; is as ill-formed as the raw byte). */
const FORBIDDEN_REFERENCE = /&#(?:x0*(?:[0-8bcef]|1[0-9a-f]|fff[ef])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45]));/gi;

/**
 * An Office file (a zip of XML parts) with every part well-formed XML,
 * whatever text reached it: the libraries that write them pass control
 * characters through, and one in an old event title makes PowerPoint refuse
 * the whole file. Parts that need nothing are left as they are.
 */
export async function withXmlSafeParts(file: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  let changed = false;
  for (const part of Object.values(zip.files)) {
    if (part.dir || !/\.(xml|rels)$/.test(part.name)) continue;
    const xml = await part.async("string");
    const safe = xmlSafeText(xml).replace(FORBIDDEN_REFERENCE, "");
    if (safe === xml) continue;
    zip.file(part.name, safe);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : file;
}
