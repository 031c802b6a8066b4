import type { SearchDoc } from "@/bundle/search-schema";
import { personKeys } from "@/ingest/search-index/person-keys";
import { foldText } from "@/search/fold/fold";
import { parseQuery } from "@/search/query";
import { searchableText } from "@/search/searchable-text";

/**
 * The brute-force answer every engine is judged against: each query word a substring of the
 * document's folded text (or a pinyin key of one of its people), documents in newest-first order.
 */
export class Truth {
  private readonly folded: string[];
  private readonly keysOf = new Map<string, string[]>();
  private readonly answers = new Map<string, string[]>();

  constructor(private readonly docs: readonly SearchDoc[]) {
    this.folded = docs.map((d) => foldText(searchableText(d)));
  }

  keys(query: string): string[] {
    let answer = this.answers.get(query);
    if (answer === undefined) this.answers.set(query, (answer = this.scan(query)));
    return answer;
  }

  private scan(query: string): string[] {
    const { words } = parseQuery(query);
    if (words.length === 0) return [];
    const out: string[] = [];
    for (let i = 0; i < this.docs.length; i++) {
      const text = this.folded[i]!;
      if (
        words.every(
          (w) => text.includes(w.text) || (w.personKey !== null && this.personHas(this.docs[i]!, w.personKey)),
        )
      ) {
        out.push(this.docs[i]!.key);
      }
    }
    return out;
  }

  private personHas(doc: SearchDoc, key: string): boolean {
    return doc.people.some((name) => {
      let keys = this.keysOf.get(name);
      if (keys === undefined) this.keysOf.set(name, (keys = personKeys(name)));
      return keys.includes(key);
    });
  }
}
