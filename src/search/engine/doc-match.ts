import type { SearchDoc } from "@/bundle/search-schema";
import { foldText } from "../fold/fold";
import type { QueryWord } from "../query";
import { bodyText, firstParagraphOffset, searchableText } from "../searchable-text";
import type { SearchHit } from "../search-types";
import { buildSnippet, highlightRanges } from "../snippet";

/**
 * The check every candidate passes before it is shown: each query word occurs in the folded text
 * (or names one of the document's people by pinyin). The index only proposes; this decides.
 */
export interface LoadedDoc {
  id: number;
  doc: SearchDoc;
  folded: string;
  foldedTitle: string;
  foldedPeople: string[];
}

/** For words that may be pinyin (`lsy`): the folded names having that key. */
export type PersonNames = ReadonlyMap<string, ReadonlySet<string>>;

export function loadDoc(id: number, doc: SearchDoc): LoadedDoc {
  return {
    id,
    doc,
    folded: foldText(searchableText(doc)),
    foldedTitle: foldText(doc.title),
    foldedPeople: doc.people.map(foldText),
  };
}

function matchedNames(d: LoadedDoc, word: QueryWord, personNames: PersonNames): string[] {
  const names = personNames.get(word.text);
  return names === undefined ? [] : d.foldedPeople.filter((n) => names.has(n));
}

export function docMatches(d: LoadedDoc, words: readonly QueryWord[], personNames: PersonNames): boolean {
  return words.every((w) => d.folded.includes(w.text) || matchedNames(d, w, personNames).length > 0);
}

export function titleMatches(d: LoadedDoc, words: readonly QueryWord[]): boolean {
  return words.every((w) => d.foldedTitle.includes(w.text));
}

export function toHit(d: LoadedDoc, words: readonly QueryWord[], personNames: PersonNames, snippets = true): SearchHit {
  const needles = words.flatMap((w) => [w.text, ...(d.folded.includes(w.text) ? [] : matchedNames(d, w, personNames))]);
  const { doc } = d;
  return {
    key: doc.key,
    title: doc.title,
    date: doc.date,
    paper: doc.paper,
    page: doc.page,
    byline: doc.byline,
    snippet: snippets
      ? buildSnippet(bodyText(doc), needles, { fallbackStart: firstParagraphOffset(doc) })
      : { text: "", highlights: [], truncatedStart: false, truncatedEnd: false },
    titleHit: titleMatches(d, words),
    titleHighlights: snippets ? highlightRanges(doc.title, needles) : [],
  };
}
