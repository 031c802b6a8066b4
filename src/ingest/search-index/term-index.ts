import { TermKind, type SearchDoc } from "@/bundle/search-schema";
import { foldText } from "@/search/fold/fold";
import { searchableText } from "@/search/searchable-text";
import { forEachGram, gramKey, gramOfKey } from "@/search/tokenize";
import { PostingAccumulator } from "./posting-accumulator";
import { personKeys } from "./person-keys";

/** Every term of the corpus with its posting list, gathered one document at a time, in id order. */
export class TermIndex {
  /** Grams keyed by number (`gramKey`): a corpus has millions, and number keys are far cheaper. */
  readonly text = new Map<number, PostingAccumulator>();
  readonly title = new Map<number, PostingAccumulator>();
  readonly person = new Map<string, PostingAccumulator>();
  readonly personKey = new Map<string, PostingAccumulator>();
  readonly page = new Map<string, PostingAccumulator>();
  /** Pinyin key → the folded names that have it (stored with the key, for highlighting). */
  readonly personKeyNames = new Map<string, Set<string>>();
  private readonly keysOfName = new Map<string, string[]>();
  private readonly seen = new Set<number>();

  add(id: number, doc: SearchDoc): void {
    this.grams(this.text, id, foldText(searchableText(doc)));
    this.grams(this.title, id, foldText(doc.title));
    add(this.page, String(doc.page), id);
    for (const name of new Set(doc.people.map(foldText))) {
      add(this.person, name, id);
      for (const key of this.keysOf(name)) add(this.personKey, key, id);
    }
  }

  private grams(into: Map<number, PostingAccumulator>, id: number, folded: string): void {
    const seen = this.seen;
    seen.clear();
    forEachGram(
      folded,
      (a) => seen.add(a),
      (a, b) => seen.add(gramKey(a, b)),
    );
    for (const key of seen) {
      let acc = into.get(key);
      if (acc === undefined) into.set(key, (acc = new PostingAccumulator()));
      acc.add(id);
    }
  }

  private keysOf(name: string): string[] {
    let keys = this.keysOfName.get(name);
    if (keys === undefined) {
      keys = personKeys(name);
      this.keysOfName.set(name, keys);
      for (const key of keys) {
        let names = this.personKeyNames.get(key);
        if (names === undefined) this.personKeyNames.set(key, (names = new Set()));
        names.add(name);
      }
    }
    return keys;
  }

  /** Every term as (kind, term, posting), for writing. */
  *terms(): Generator<{ kind: TermKind; term: string; acc: PostingAccumulator }> {
    for (const [key, acc] of this.text) yield { kind: TermKind.TEXT, term: gramOfKey(key), acc };
    for (const [key, acc] of this.title) yield { kind: TermKind.TITLE, term: gramOfKey(key), acc };
    for (const [term, acc] of this.person) yield { kind: TermKind.PERSON, term, acc };
    for (const [term, acc] of this.personKey) yield { kind: TermKind.PERSON_KEY, term, acc };
    for (const [term, acc] of this.page) yield { kind: TermKind.PAGE, term, acc };
  }
}

function add(map: Map<string, PostingAccumulator>, term: string, id: number): void {
  let acc = map.get(term);
  if (acc === undefined) map.set(term, (acc = new PostingAccumulator()));
  acc.add(id);
}
