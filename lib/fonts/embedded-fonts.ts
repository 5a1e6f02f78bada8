/**
 * What the exports embed under the family "Noto Sans" besides its Latin faces,
 * each for its own characters only: the server's PDFs (lib/print/headless.ts)
 * and the browser's SVG and PNG downloads (lib/export/rasterize.ts) alike.
 */

/** Arabic letters, from Noto Sans Arabic: Arabic pages export Arabic captions, shaped and joined. */
export const ARABIC_RANGE = "U+0600-06FF,U+0750-077F,U+0870-08FF,U+FB50-FDFF,U+FE70-FEFF";

/** The characters lib/fonts/noto-sans-math-signs-400.woff2 holds (lib/fonts/README.md). */
export const SIGNS_RANGE = "U+2190-2199,U+2212,U+2248,U+2260-2265,U+00B1,U+00D7";
export const SIGNS_FONT_FILE = "noto-sans-math-signs-400.woff2";
