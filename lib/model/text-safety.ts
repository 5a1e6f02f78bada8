/**
 * What a stored text may not hold: characters XML 1.0 cannot carry (C0
 * controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) and
 * UTF-16 halves without their pair. Text pasted from a word processor can
 * bring them by accident; stored, one breaks every Atom feed, SVG and Office
 * file it reaches, and PostgreSQL refuses a lone surrogate outright.
 */
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");

const codePoint = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** Names people may recognise from their editors' "show invisibles". */
const CONTROL_NAMES: Record<string, string> = { "\u0000": "NUL", "\u0007": "bell", "\u0008": "backspace", "\u000b": "vertical tab", "\u000c": "form feed", "\u001b": "escape" };

/** Why a text cannot be stored, naming the first bad character and where it stands; null when it can. */
export function unsafeTextProblem(text: string): string | null {
  const found = UNSAFE.exec(text);
  if (!found) return null;
  const char = found[0];
  const what = char >= "\ud800" && char <= "\udfff" ? `a broken character (half of a UTF-16 pair, ${codePoint(char)})` : `the control character ${codePoint(char)}${CONTROL_NAMES[char] ? ` (${CONTROL_NAMES[char]})` : ""}`;
  return `contains ${what} at character ${found.index + 1}; only tab and line breaks are allowed among control characters`;
}

/** The text without what XML 1.0 cannot carry: for writers of XML (Atom, SVG, Office files) fed with data stored before the rule. */
export function xmlSafeText(text: string): string {
  return text.replace(UNSAFE_ALL, "");
}
