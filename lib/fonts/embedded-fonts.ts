/** The characters lib/fonts/noto-sans-math-signs-400.woff2 holds (lib/fonts/README.md). */
export const SIGNS_RANGE = "U+2190-2199,U+2212,U+2248,U+2260-2265,U+00B1,U+00D7";
export const SIGNS_FONT_FILE = "noto-sans-math-signs-400.woff2";
