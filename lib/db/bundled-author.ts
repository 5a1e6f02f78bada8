/** The author of every revision that came with the bundled data (data/ and data/updates/). */
export const BUNDLED_AUTHOR = "bundled data";
