import { englishScales, englishTens, englishUnits, monthNames, notPeopleAfter, notPeopleBefore, otherSmallNumbers, scaleWords, vagueCounts } from "./lexicon";
import { findWord } from "./fold";

/** A number in folded text: where it stands, and its value when it is a count rather than a date, share or label. */
export interface NumberMention {
  start: number;
  end: number;
  /** Absent for a vague count ("dozens"). */
  value?: number;
  /** Why it is not a count of anything ("date", "share", "label"): it still bounds its neighbours' qualifier windows. */
  notACount?: string;
  /** Spelled in words ("one", "one hundred fifty-five thousand"): a count only when a counted noun follows. */
  inWords?: boolean;
  vague?: boolean;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

const longestFirst = new WeakMap<readonly string[], string[]>();
/** A lexicon list, longer phrases first ("more than" before "than"), sorted once. */
function byLength(phrases: readonly string[]): string[] {
  let sorted = longestFirst.get(phrases);
  if (!sorted) longestFirst.set(phrases, (sorted = [...phrases].sort((a, b) => b.length - a.length)));
  return sorted;
}

/** The word (or phrase from the list) that starts at `at`, after spaces. */
function phraseAt(folded: string, at: number, phrases: readonly string[]): { phrase: string; end: number } | undefined {
  const skipped = /^[\s\u00a0]*/.exec(folded.slice(at))![0].length;
  const from = at + skipped;
  for (const phrase of byLength(phrases)) {
    if (folded.startsWith(phrase, from) && findWord(folded, phrase, from, from + phrase.length + 4).includes(from)) return { phrase, end: from + phrase.length };
  }
  return undefined;
}

/** The word or phrase from the list that ends just before `at`, before spaces and a comma. */
function phraseBefore(folded: string, at: number, phrases: readonly string[]): string | undefined {
  const head = folded.slice(0, at).replace(/[\s\u00a0,]*$/, "");
  return byLength(phrases).find((phrase) => head.endsWith(phrase) && findWord(folded, phrase, head.length - phrase.length, head.length).length > 0);
}

/** "155,000", "9.700" (thousands), "1.5" (before a scale word). */
function digitValue(token: string, scaled: boolean): number | undefined {
  if (/^\d{1,3}(,\d{3})+$/.test(token)) return Number(token.replaceAll(",", ""));
  if (!scaled && /^\d{1,3}(\.\d{3})+$/.test(token)) return Number(token.replaceAll(".", ""));
  if (/^\d+(\.\d+)?$/.test(token) || /^\d{1,3}(,\d{3})+\.\d+$/.test(token)) return Number(token.replaceAll(",", ""));
  return undefined;
}

function whyNotACount(folded: string, start: number, end: number, value: number, plainDigits: boolean): string | undefined {
  const after = folded.slice(end);
  if (/^(?:st|nd|rd|th)(?![\p{L}])/u.test(after)) return "rank";
  if (/^\s*%/.test(after) || /^[:/]\d/.test(after) || /^[-/.]\d{1,2}[-/.]\d/.test(after)) return "share or date";
  if (/\d[-/.:]$/.test(folded.slice(Math.max(0, start - 3), start))) return "date";
  if (phraseAt(folded, end, monthNames) || phraseBefore(folded, start, monthNames)) return "date";
  if (plainDigits && value >= 1900 && value <= 2100) return "year";
  if (phraseAt(folded, end, notPeopleAfter)) return "not people";
  if (phraseBefore(folded, start, notPeopleBefore)) return "label";
  return undefined;
}

function digitMentions(folded: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of folded.matchAll(/\d(?:[\d,.]*\d)?/g)) {
    const start = match.index;
    // Arabic writes "and" joined to the next word: "12 قتيلا و64 جريحا".
    const joinedAnd = folded[start - 1] === "و" && !letterOrDigit.test(folded[start - 2] ?? " ");
    if (start > 0 && letterOrDigit.test(folded[start - 1]) && !joinedAnd) continue;
    let end = start + match[0].length;
    if (letterOrDigit.test(folded[end] ?? "") && !/^(?:st|nd|rd|th)/.test(folded.slice(end))) continue;
    const scale = scaleWords.map((s) => ({ factor: s.factor, at: phraseAt(folded, end, s.words) })).find((s) => s.at);
    const base = digitValue(match[0], Boolean(scale));
    if (base === undefined) continue;
    const value = base * (scale?.factor ?? 1);
    const notACount = scale ? undefined : whyNotACount(folded, start, end, value, /^\d+$/.test(match[0]));
    if (scale) end = scale.at!.end;
    if (!Number.isInteger(value)) continue;
    mentions.push({ start, end, value, notACount });
  }
  return mentions;
}

/** "one", "fifty-five", "one hundred fifty-five thousand". */
function wordMentions(folded: string): NumberMention[] {
  const words = [...Object.keys(englishUnits), ...Object.keys(englishTens), ...Object.keys(englishScales)].join("|");
  const pattern = new RegExp(`(?<![\\p{L}])(?:${words})(?:(?:[\\s-]+(?:and[\\s]+)?)(?:${words}))*(?![\\p{L}])`, "gu");
  const mentions: NumberMention[] = [];
  for (const match of folded.matchAll(pattern)) {
    let total = 0;
    let current = 0;
    for (const word of match[0].split(/[\s-]+/).filter((w) => w !== "and")) {
      if (word in englishUnits) current += englishUnits[word];
      else if (word in englishTens) current += englishTens[word];
      else if (word === "hundred") current = (current || 1) * 100;
      else {
        total += (current || 1) * englishScales[word];
        current = 0;
      }
    }
    const end = match.index + match[0].length;
    const value = total + current;
    mentions.push({ start: match.index, end, value, inWords: true, notACount: whyNotACount(folded, match.index, end, value, false) });
  }
  return mentions;
}

/** "ثلاثة أطفال", "şeş kes": small numbers in Arabic and Kurmanji words. */
function otherWordMentions(folded: string): NumberMention[] {
  return Object.entries(otherSmallNumbers).flatMap(([word, value]) =>
    findWord(folded, word)
      // Arabic may prefix و; the number word itself takes no other ending ("ستة", not "ستين").
      .filter((start) => !/[\p{L}]/u.test(folded[start + word.length] ?? ""))
      .map((start) => ({ start, end: start + word.length, value, inWords: true, notACount: whyNotACount(folded, start, start + word.length, value, false) })),
  );
}

function vagueMentions(folded: string, taken: NumberMention[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const phrase of byLength(vagueCounts)) {
    for (const start of findWord(folded, phrase)) {
      const end = start + phrase.length;
      if ([...taken, ...mentions].some((m) => m.start < end + 1 && start < m.end + 1)) continue;
      mentions.push({ start, end, vague: true });
    }
  }
  return mentions;
}

/** Every number in the folded text, in order, with the ones that are not counts marked. */
export function findNumbers(folded: string): NumberMention[] {
  const digits = digitMentions(folded);
  const words = [...wordMentions(folded), ...otherWordMentions(folded)].filter((w) => !digits.some((d) => d.start < w.end && w.start < d.end));
  const counted = [...digits, ...words];
  return [...counted, ...vagueMentions(folded, counted)].sort((a, b) => a.start - b.start);
}
