import { extractPeople, type PeopleSource } from "./extract-people";
import type { Mention, TaggedText } from "./mentions";

/**
 * A text with mentions at the first occurrence of each name, and a tagger that gives every span the
 * same probability (or the one `probability` returns): for testing the passes after the tagger.
 */
export function taggedWith(
  text: string,
  names: readonly string[],
  index = 0,
  probability: (span: string) => number = () => 1,
): TaggedText {
  const chars = Array.from(text);
  const mentions: Mention[] = names.map((name) => {
    const start = Array.from(text.slice(0, text.indexOf(name))).length;
    return { text: index, start, end: start + Array.from(name).length, name, source: "tagger" };
  });
  mentions.sort((a, b) => a.start - b.start);
  return { chars, mentions, scorer: { spanProbability: (s, e) => probability(chars.slice(s, e).join("")) } };
}

/** An article of a title and paragraphs only (no subtitles, byline or caption), as a cue's test writes one. */
export function plainArticle(title: string, paragraphs: readonly string[]): PeopleSource {
  return { title, subtitles: [], byline: null, paragraphs: [...paragraphs], caption: null };
}

/** The names the shipped extractor finds in one paragraph of an article with nothing else. */
export function namesIn(paragraph: string): string[] {
  return extractPeople(plainArticle("", [paragraph])).map((p) => p.name);
}
