import type { Indicator, PopulationGroup, Qualifier } from "@/lib/model";
import { attributionsIn, mentionsIn, nearestAttribution, type NamedThing } from "./attribution";
import type { Candidate, CandidateFlag } from "./candidate";
import { findWord, foldText } from "./fold";
import { breakdownWords, countedNouns, fighterWords, governmentSideWords, groupWords, householdWords, indicatorWords, listBreakers, qualifiersAfter, qualifiersBefore } from "./lexicon";
import { findNumbers, type NumberMention } from "./numbers";
import { sentencesOf } from "./sentences";

export interface IntakeContext {
  /** The situation's places, each with all its names. */
  places: NamedThing[];
  /** Every known source, each with its name, short name and aliases. */
  sources: NamedThing[];
  /** The outlet that published the text: the originator of any figure the text credits to no one. */
  outletSourceId?: string;
}

interface Span {
  start: number;
  end: number;
}

/** Every stand-alone occurrence of any of the words within a span, longer phrases first where they overlap. */
function occurrences(folded: string, words: readonly string[], span: Span): Span[] {
  const found = words.flatMap((word) => findWord(folded, word, span.start, span.end).map((start) => ({ start, end: start + word.length })));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((hit, i) => !found.slice(0, i).some((other) => other.start <= hit.start && hit.end <= other.end && (other.end - other.start) > (hit.end - hit.start)));
}

/** Only spaces and an article between a qualifier and its number ("more than 115", "an estimated 138,750"). */
const adjacent = (between: string) => /^[\s\u00a0]*(?:(?:of|a|an|the)[\s\u00a0]+)?$/u.test(between);
/** "An estimated population of 400,000": an estimate may name what it estimates first. */
const estimateOf = (between: string) => /^[\s\u00a0]+\p{L}+[\s\u00a0]+(?:of|at)[\s\u00a0]+$/u.test(between);
/** Up to two words, no punctuation, between a number and what follows it ("155,000 people or more"). */
const nearAfter = (between: string) => !/[,.;:!?،؛]/.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 2;

function qualifierOf(folded: string, mention: NumberMention, before: Span, after: Span): Qualifier {
  let best: { qualifier: Qualifier; distance: number } | undefined;
  for (const [qualifier, words] of Object.entries(qualifiersBefore) as [Qualifier, string[]][]) {
    for (const hit of occurrences(folded, words, before)) {
      const between = folded.slice(hit.end, mention.start);
      const estimate = qualifier === "about" && /estimated$/.test(folded.slice(hit.start, hit.end)) && estimateOf(between);
      if ((adjacent(between) || estimate) && (!best || between.length < best.distance)) best = { qualifier, distance: between.length };
    }
  }
  if (best) return best.qualifier;
  for (const [qualifier, words] of Object.entries(qualifiersAfter) as [Qualifier, string[]][]) {
    if (occurrences(folded, words, after).some((hit) => nearAfter(folded.slice(mention.end, hit.start)))) return qualifier;
  }
  return "exact";
}

/** Up to four words and no list joint between a count and its verb: "47 others wounded", "43 civilians were killed". */
const ownVerb = (between: string) => !/[,.;:،؛]/.test(between) && !/(?:^|\s)(?:and|or|و|û)(?:\s|$)/u.test(between) && between.trim().split(/\s+/).filter(Boolean).length <= 4;

/**
 * What a number counts: the indicator word right after it when only its noun
 * stands between ("47 others wounded"), else the indicator word nearest it
 * within `span`, the one before it on a tie ("وصول قرابة 22 ألف عائلة نازحة").
 * The caller asks first between the neighbouring counts, then in the whole
 * sentence ("38 fighters, one member and 43 civilians were killed").
 */
function indicatorOf(folded: string, mention: NumberMention, span: Span, after: Span): Indicator | undefined {
  let best: { indicator: Indicator; distance: number; length: number; before: boolean } | undefined;
  let own: { indicator: Indicator; start: number } | undefined;
  // "48 wounded people were evacuated": a word inside a longer group phrase names whom, not what.
  const groupPhrases = occurrences(folded, groupWords.flatMap((g) => g.words), span);
  // "1,800 displaced people have returned", "عاد قرابة 3500 نازح": a word that names whom is read as what only when nothing else is.
  const insideGroup = (hit: Span) => groupPhrases.some((g) => g.start <= hit.start && hit.end <= g.end);
  const hits = (words: string[]) => {
    const all = occurrences(folded, words, span);
    return all.filter((h) => !insideGroup(h));
  };
  const anyOutside = (Object.values(indicatorWords) as string[][]).some((words) => hits(words).length > 0);
  for (const [indicator, words] of Object.entries(indicatorWords) as [Indicator, string[]][]) {
    for (const hit of anyOutside ? hits(words) : occurrences(folded, words, span)) {
      const before = hit.end <= mention.start;
      const distance = before ? mention.start - hit.end : Math.max(0, hit.start - mention.end);
      const length = hit.end - hit.start;
      if (!before && hit.start >= after.start && hit.end <= after.end && ownVerb(folded.slice(after.start, hit.start)) && (!own || hit.start < own.start)) own = { indicator, start: hit.start };
      // A longer phrase at the same place ("remain displaced") says more than the word inside it.
      const better = !best || distance < best.distance || (distance === best.distance && (length > best.length || (before && !best.before)));
      if (better) best = { indicator, distance, length, before };
    }
  }
  return own?.indicator ?? best?.indicator;
}

/**
 * A qualifier said once for a list ("at least 38 fighters, one Asayish
 * member and 43 civilians") holds for each item joined to it by a comma or
 * "and" with no verb or "including" between.
 */
function sharesQualifier(folded: string, previous: NumberMention | undefined, mention: NumberMention): boolean {
  if (!previous || previous.notACount) return false;
  const between = folded.slice(previous.end, mention.start);
  if (!/(?:,\s*(?:and\s+)?|\s+and\s+|\s+و\s*)$/u.test(between) || /[.;:]/.test(between) || between.length > 60) return false;
  const hasAny = (words: readonly string[]) => occurrences(folded, words, { start: previous.end, end: mention.start }).length > 0;
  return !hasAny(listBreakers) && !hasAny(Object.values(indicatorWords).flat());
}

/** Who the number counts, from the words right after it, and whether it counts households. */
function countedOf(folded: string, after: Span, sentence: Span): { group?: PopulationGroup; households: boolean; counted: boolean } {
  const near = { start: after.start, end: Math.min(after.end, after.start + 48) };
  const firstWord = (words: readonly string[]) => occurrences(folded, words, near).find((hit) => nearAfter(folded.slice(near.start, hit.start)) || hit.start - near.start < 24);
  const households = Boolean(firstWord(householdWords));
  const counted = Boolean(firstWord(countedNouns));
  const hits = [
    ...groupWords.map(({ group, words }) => ({ group, hit: firstWord(words) })),
    { group: "damascus-affiliated-fighters" as const, hit: firstWord(fighterWords) },
  ].filter((h): h is { group: PopulationGroup; hit: Span } => h.hit !== undefined);
  hits.sort((a, b) => a.hit.start - b.hit.start);
  let group: PopulationGroup | undefined = hits[0]?.group;
  // Fighters are a group only with the side they fight for.
  if (group === "damascus-affiliated-fighters" && occurrences(folded, governmentSideWords, sentence).length === 0) group = undefined;
  if (households && !group) group = "all";
  return { group, households, counted: counted || households || hits.length > 0 };
}

/** A range written "between 100 and 150", "100-150", "100 to 150", "بين 100 و150". */
function rangeEnd(folded: string, mention: NumberMention, next: NumberMention | undefined, sentence: Span): NumberMention | undefined {
  if (!next || next.value === undefined || next.notACount || mention.value === undefined || next.value <= mention.value) return undefined;
  const between = folded.slice(mention.end, next.start);
  if (/^\s*(?:-|to|الي|heta)\s*$/u.test(between)) return next;
  const lead = folded.slice(sentence.start, mention.start);
  if (/^\s*(?:and|و|û)\s*$/u.test(between) && /(?:between|بين|navbera)\s*$/u.test(lead)) return next;
  return undefined;
}

/**
 * Candidate claims for every count of people a text states: rules over words
 * (lib/intake/README.md), no model. Each candidate's quote is its sentence,
 * exactly as written, with its offsets; a field the sentence does not give
 * is left empty for the editor.
 */
export function extractCandidates(text: string, context: IntakeContext): Candidate[] {
  const { folded, plain, at } = foldText(text);
  const allNumbers = findNumbers(folded);
  const candidates: Candidate[] = [];
  for (const sentence of sentencesOf(plain)) {
    const numbers = allNumbers.filter((n) => n.start >= sentence.start && n.end <= sentence.end);
    const placeIds = mentionsIn(folded, context.places, sentence.start, sentence.end).map((place) => place.id);
    const attributions = attributionsIn(plain, folded, sentence.start, sentence.end, context.sources);
    const sourceIds = new Set(context.sources.map((s) => s.id));
    let previousQualifier: Qualifier = "exact";
    let previousIndicator: Indicator | undefined;
    for (let i = 0; i < numbers.length; i++) {
      const mention = numbers[i];
      if (mention.notACount) continue;
      const previousEnd = numbers[i - 1]?.end ?? sentence.start;
      const high = rangeEnd(folded, mention, numbers[i + 1], sentence);
      const last = high ?? mention;
      const nextStart = numbers[numbers.indexOf(last) + 1]?.start ?? sentence.end;
      const after = { start: last.end, end: nextStart };
      const { group, households, counted } = countedOf(folded, after, sentence);
      if (mention.inWords && !counted) continue;
      // "82 people were killed, including 43 civilians": an item of a breakdown counts what its total counts.
      const breakdown = i > 0 && occurrences(folded, breakdownWords, { start: Math.max(previousEnd, mention.start - 24), end: mention.start }).length > 0;
      const between = { start: numbers[i - 1]?.end ?? sentence.start, end: nextStart };
      const indicator = (breakdown ? previousIndicator : undefined) ?? indicatorOf(folded, mention, between, after) ?? indicatorOf(folded, mention, sentence, after);
      const sameCount = i > 0 && indicator === previousIndicator;
      previousIndicator = indicator;
      const attribution = nearestAttribution(attributions, mention.start, last.end);
      // Credited to someone unnamed ("according to the latest update"): the outlet's unnamed source, when it has one (lib/claims/README.md §1).
      const unnamed = attribution?.sourceText && context.outletSourceId && sourceIds.has(`unnamed-${context.outletSourceId}`) ? `unnamed-${context.outletSourceId}` : undefined;
      const credited = attribution ? { sourceId: attribution.sourceId ?? unnamed, sourceText: attribution.sourceText } : { sourceId: context.outletSourceId };
      let qualifier = qualifierOf(folded, mention, { start: previousEnd, end: mention.start }, after);
      if (qualifier === "exact" && sameCount && sharesQualifier(folded, numbers[i - 1], mention)) qualifier = previousQualifier;
      previousQualifier = qualifier;
      const flags: CandidateFlag[] = [];
      if (mention.vague) flags.push("vague-count");
      if (!indicator) flags.push("no-indicator");
      if (credited.sourceText) flags.push("unknown-originator");
      candidates.push({
        // Offsets in the text as pasted, diacritics and all.
        quote: text.slice(at[sentence.start], at[sentence.end]),
        start: at[sentence.start],
        end: at[sentence.end],
        numberStart: at[mention.start],
        numberEnd: at[last.end],
        value: mention.value,
        valueHigh: high?.value,
        valueText: text.slice(at[mention.start], at[last.end]),
        qualifier,
        unit: households ? "households" : "people",
        indicator,
        group,
        placeIds,
        sourceId: credited.sourceId,
        sourceText: credited.sourceText,
        flags,
      });
      if (high) i = numbers.indexOf(high);
    }
  }
  return candidates;
}
