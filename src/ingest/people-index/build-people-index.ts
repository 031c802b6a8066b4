import type { Issue, Mention, PersonDetail, PersonSummary } from "@/bundle/schema";
import { withoutBylineMarker } from "@/text/byline-marker";
import { REPORTER_ROLE } from "../parse/credits";
import { namePinyin } from "./person-pinyin";
import { sentenceOf } from "./sentence-of";

/**
 * The people index of a bundle, from its issues: every person the articles mention (people are
 * told apart by name only: two people of one name are one entry), their latest title, every
 * mention with its sentence (the newest `MENTIONS_LIMIT`), and who is mentioned with them. The
 * details go to shards by a hash of the name (`person-shards.ts`), so a person page fetches one
 * small file whatever the archive holds.
 */
/** How many of the people mentioned together a person page lists. */
export const TOGETHER_LIMIT = 12;
/**
 * How many of a person's mentions their page lists, newest first: a person in the news every day
 * of twenty years would otherwise have a page (and a file) of megabytes. The page links to a search
 * by the person for all of them.
 */
export const MENTIONS_LIMIT = 100;

export interface PeopleIndexParts {
  people: PersonSummary[];
  details: PersonDetail[];
}

export function buildPeopleIndex(issues: readonly Issue[]): PeopleIndexParts {
  const mentions = new Map<string, Mention[]>();
  const together = new Map<string, Map<string, number>>();
  for (const issue of issues) {
    for (const page of issue.pages) {
      for (const article of page.articles) {
        const texts = [
          article.title,
          ...article.subtitles,
          ...article.paragraphs,
          ...(article.caption === null ? [] : [article.caption]),
        ];
        const names = [...new Set(article.people.map((p) => p.name))];
        for (const person of article.people) {
          const hit = sentenceOf(texts, person.name);
          const mention: Mention = {
            paperId: issue.paper.id,
            paperName: issue.paper.name,
            date: issue.date,
            dateApproximate: issue.dateApproximate,
            page: page.no,
            seq: article.seq,
            title: article.title,
            roles: person.roles,
            sentence: hit?.sentence ?? withoutBylineMarker(article.byline?.raw ?? ""),
            highlights: hit?.highlights ?? [],
          };
          const list = mentions.get(person.name);
          if (list === undefined) mentions.set(person.name, [mention]);
          else list.push(mention);
          const counts = together.get(person.name) ?? new Map<string, number>();
          for (const other of names) if (other !== person.name) counts.set(other, (counts.get(other) ?? 0) + 1);
          together.set(person.name, counts);
        }
      }
    }
  }
  const people: (PersonSummary & { sortKey: string })[] = [];
  const details: PersonDetail[] = [];
  for (const [name, list] of mentions) {
    list.sort(newestFirst);
    const reading = namePinyin(name);
    const latest = list.find((m) => m.roles.length > 0);
    const latestRole =
      latest === undefined ? null : latest.roles.filter((r) => r !== REPORTER_ROLE).join("、") || REPORTER_ROLE;
    people.push({
      name,
      pinyin: reading.pinyin,
      initials: reading.initials,
      letter: reading.letter,
      latestRole,
      articleCount: list.length,
      sortKey: reading.sortKey,
    });
    details.push({
      name,
      articleCount: list.length,
      letter: reading.letter,
      pinyin: reading.pinyin,
      latestRole,
      mentions: list.slice(0, MENTIONS_LIMIT),
      together: topByCount(together.get(name) ?? new Map<string, number>(), TOGETHER_LIMIT).map(
        ([other, articles]) => ({
          name: other,
          articles,
        }),
      ),
    });
  }
  people.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return { people: people.map(({ sortKey: _sortKey, ...person }) => person), details };
}

/**
 * The `limit` entries with the highest counts, ties in code point order, without sorting the whole
 * map (a name in a list of hundreds has hundreds of companions).
 */
export function topByCount(counts: ReadonlyMap<string, number>, limit: number): [string, number][] {
  const top: [string, number][] = [];
  const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of counts) {
    if (top.length === limit && !before(entry, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    top[at] = entry;
    while (at > 0 && before(top[at]!, top[at - 1]!)) {
      [top[at - 1], top[at]] = [top[at]!, top[at - 1]!];
      at--;
    }
  }
  return top;
}

function newestFirst(a: Mention, b: Mention): number {
  return b.date.localeCompare(a.date) || a.paperId.localeCompare(b.paperId) || a.page - b.page || a.seq - b.seq;
}
