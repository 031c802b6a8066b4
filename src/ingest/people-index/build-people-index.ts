import type { Issue, Mention, PersonDetail, PersonSummary } from "@/bundle/schema";
import { REPORTER_ROLE } from "../people/credits";
import { namePinyin } from "./person-pinyin";
import { sentenceOf } from "./sentence-of";

/**
 * The people index of a bundle, from its issues: every person the articles mention (people are
 * told apart by name only: two people of one name are one entry), their latest title, every
 * mention with its sentence, and who is mentioned with them. Details are grouped by the letter the
 * name files under, one shard each, so a person page fetches one small file.
 */
/** How many of the people mentioned together a person page lists. */
export const TOGETHER_LIMIT = 12;

export interface PeopleIndexParts {
  /** The index without shard file names (the writer names them after their content). */
  people: Omit<PersonSummary, "shard">[];
  shards: Map<string, PersonDetail[]>;
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
            sentence: hit?.sentence ?? article.byline?.raw.replace(/^[■□▲◆●]\s*/u, "") ?? "",
            highlights: hit?.highlights ?? [],
          };
          mentions.set(person.name, [...(mentions.get(person.name) ?? []), mention]);
          const counts = together.get(person.name) ?? new Map<string, number>();
          for (const other of names) if (other !== person.name) counts.set(other, (counts.get(other) ?? 0) + 1);
          together.set(person.name, counts);
        }
      }
    }
  }
  const people: (Omit<PersonSummary, "shard"> & { sortKey: string })[] = [];
  const shards = new Map<string, PersonDetail[]>();
  for (const [name, list] of mentions) {
    list.sort(newestFirst);
    const reading = namePinyin(name);
    const latest = list.find((m) => m.roles.length > 0);
    people.push({
      name,
      pinyin: reading.pinyin,
      initials: reading.initials,
      letter: reading.letter,
      latestRole:
        latest === undefined ? null : latest.roles.filter((r) => r !== REPORTER_ROLE).join("、") || REPORTER_ROLE,
      articleCount: list.length,
      sortKey: reading.sortKey,
    });
    const detail: PersonDetail = {
      name,
      mentions: list,
      together: [...(together.get(name) ?? new Map<string, number>())]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"))
        .slice(0, TOGETHER_LIMIT)
        .map(([other, articles]) => ({ name: other, articles })),
    };
    shards.set(reading.letter, [...(shards.get(reading.letter) ?? []), detail]);
  }
  people.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return { people: people.map(({ sortKey: _sortKey, ...person }) => person), shards };
}

function newestFirst(a: Mention, b: Mention): number {
  return b.date.localeCompare(a.date) || a.paperId.localeCompare(b.paperId) || a.page - b.page || a.seq - b.seq;
}
