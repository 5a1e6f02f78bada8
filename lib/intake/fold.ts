/**
 * Folds text for matching words while keeping every offset: each character
 * maps to exactly one character, so a match at index i in the folded text is
 * at index i in the original. Lower case, one alef for أ إ آ ٱ, ي for ى, ه for
 * ة (Arabic spelling varies there), Arabic-Indic and Persian digits as ASCII,
 * Arabic commas as commas. Diacritics (tashkeel) become a tatweel, which no
 * word contains, so "أدّت" still reads as one word.
 */
const single: Record<string, string> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
  "،": ",", "٬": ",", "٫": ".", "‐": "-", "‑": "-", "–": "-", "—": "-", "’": "'", "‘": "'",
};

export function fold(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0)!;
    let mapped: string;
    if (code >= 0x0660 && code <= 0x0669) mapped = String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) mapped = String(code - 0x06f0);
    else if ((code >= 0x064b && code <= 0x065f) || code === 0x0670) mapped = "ـ";
    else mapped = single[char] ?? char.toLowerCase();
    // A character whose lower case is longer (İ) keeps its own length.
    out += mapped.length === char.length ? mapped : char;
  }
  return out;
}

const letter = /[\p{L}\p{N}]/u;

const arabic = /[\u0600-\u06FF]/;
/** Endings a Latin-script word may take and still be the word: English plurals, Kurmanji case and plural endings. */
const latinEnding = /^(?:s|es|an|ên|ê|î|ya|yê|yên|ekî|ek)?(?![\p{L}\p{N}])/u;

/**
 * Whether a word found at [start, end) stands alone: no letter or digit joins
 * it, but for the endings words take (Arabic suffixes, English plurals,
 * Kurmanji endings) and Arabic's prefixed و ب ل ف ك and ال.
 */
export function standsAlone(folded: string, start: number, end: number): boolean {
  const after = folded[end];
  const lastLetter = folded[end - 1] ?? "";
  if (after !== undefined && letter.test(after) && !arabic.test(lastLetter) && !(letter.test(lastLetter) && latinEnding.test(folded.slice(end, end + 4)))) return false;
  let before = start;
  // Arabic clitics: up to two single-letter prefixes, then an optional article.
  if (arabic.test(folded[start] ?? "")) {
    const prefix = /(?:[وبلفك]{0,2}(?:ال)?)$/.exec(folded.slice(Math.max(0, start - 4), start));
    before = start - (prefix?.[0].length ?? 0);
  }
  const previous = folded[before - 1];
  return previous === undefined || !letter.test(previous);
}

/** Every place a word or phrase stands alone in folded text. */
export function findWord(folded: string, word: string, from = 0, to = folded.length): number[] {
  const found: number[] = [];
  const needle = fold(word);
  for (let at = folded.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = folded.indexOf(needle, at + 1)) {
    if (standsAlone(folded, at, at + needle.length)) found.push(at);
  }
  return found;
}
