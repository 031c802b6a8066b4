import type { Issue, Mention, Namesake, PersonDetail, PersonSummary } from "@/bundle/schema";
import { withoutBylineMarker } from "@/text/byline-marker";
import { REPORTER_ROLE } from "../parse/credits";
import { harmoniseTitles } from "./harmonise-titles";
import { splitNamesakes } from "./namesakes";
import { namePinyin } from "./person-pinyin";
import { roleAnchors, type Anchor } from "./role-anchors";
import { sentenceOf } from "./sentence-of";

/**
 * The people index of a bundle, from its issues: every person the articles mention (people are
 * told apart by name only: two people of one name are one entry), their latest title, every
 * mention with its sentence (the newest `MENTIONS_LIMIT`), and who is mentioned with them. A name
 * whose titles name places or bodies that no mention ties together may cover more than one person:
 * its details list them (`namesakes.ts`) and each mention says whose it is. A person's titles read
 * alike across articles (`harmonise-titles.ts`). The
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
/**
 * An article naming more people than this is a list (delegates, an honour roll, a roll of
 * candidates): being on it says nothing of who is in the news with whom, so it counts for no one's
 * "mentioned together". Without it such lists made nearly all the pairs: in the PFR month one
 * article of 2,171 names gave 4.7 million of its 4.8 million pairs (8 of 3,148 articles name more
 * than 50), which at twenty years is billions of counts to keep for a few lists.
 */
export const TOGETHER_MAX_NAMES = 50;

export interface PeopleIndexParts {
  people: PersonSummary[];
  details: PersonDetail[];
}

/** What one issue adds to each name it mentions: the mentions in article order, and who is named beside it how often. */
export interface NameContribution {
  mentions: Mention[];
  together: [string, number][];
}

/** Each name an issue mentions (in the order first mentioned) with its contribution. */
export function issueContribution(issue: Issue): Map<string, NameContribution> {
  const mentions = new Map<string, Mention[]>();
  const together = new Map<string, Map<string, number>>();
  for (const page of issue.pages) {
    for (const article of page.articles) {
      const texts = [
        article.title,
        ...article.subtitles,
        ...article.paragraphs,
        ...(article.caption === null ? [] : [article.caption]),
        // people are read from the kicker too (rmrb-web): a name only it gives has its sentence there
        ...(article.kicker === undefined ? [] : [article.kicker]),
      ];
      const distinct = [...new Set(article.people.map((p) => p.name))];
      const names = distinct.length > TOGETHER_MAX_NAMES ? [] : distinct;
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
  const contribution = new Map<string, NameContribution>();
  for (const [name, list] of mentions) contribution.set(name, { mentions: list, together: [...together.get(name)!] });
  return contribution;
}

export type SortedSummary = PersonSummary & { sortKey: string };

/**
 * One person's summary (with the key the index sorts by) and details, from every mention of the
 * name in the archive's order (issue by issue, articles in order) and the counts of who is named
 * beside it.
 */
export function personEntry(
  name: string,
  unsorted: Mention[],
  together: ReadonlyMap<string, number>,
): { summary: SortedSummary; detail: PersonDetail } {
  const { list, namesakes } = sortOutNamesakes([...unsorted].sort(newestFirst));
  const reading = namePinyin(name);
  const latest = list.find((m) => m.roles.length > 0);
  const latestRole =
    latest === undefined ? null : latest.roles.filter((r) => r !== REPORTER_ROLE).join("、") || REPORTER_ROLE;
  return {
    summary: {
      name,
      pinyin: reading.pinyin,
      initials: reading.initials,
      letter: reading.letter,
      latestRole,
      articleCount: list.length,
      sortKey: reading.sortKey,
    },
    detail: {
      name,
      articleCount: list.length,
      letter: reading.letter,
      pinyin: reading.pinyin,
      latestRole,
      mentions: list.slice(0, MENTIONS_LIMIT),
      together: topByCount(together, TOGETHER_LIMIT).map(([other, articles]) => ({ name: other, articles })),
      ...(namesakes.length > 0 ? { namesakes } : {}),
    },
  };
}

/** Summaries in the index's order (pinyin, tones, characters), without their sort keys. */
export function sortedSummaries(people: SortedSummary[]): PersonSummary[] {
  people.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
  return people.map(({ sortKey: _sortKey, ...person }) => person);
}

export function buildPeopleIndex(issues: readonly Issue[]): PeopleIndexParts {
  const mentions = new Map<string, Mention[]>();
  const together = new Map<string, Map<string, number>>();
  for (const issue of issues) {
    for (const [name, contribution] of issueContribution(issue)) {
      const list = mentions.get(name);
      if (list === undefined) mentions.set(name, contribution.mentions);
      else list.push(...contribution.mentions);
      const counts = together.get(name) ?? new Map<string, number>();
      for (const [other, n] of contribution.together) counts.set(other, (counts.get(other) ?? 0) + n);
      together.set(name, counts);
    }
  }
  const people: SortedSummary[] = [];
  const details: PersonDetail[] = [];
  for (const [name, list] of mentions) {
    const { summary, detail } = personEntry(name, list, together.get(name)!);
    people.push(summary);
    details.push(detail);
  }
  return { people: sortedSummaries(people), details };
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

/**
 * One name's mentions (newest first) with their titles made alike, and the people the name may
 * cover: each mention then says whose it is.
 */
function sortOutNamesakes(mentions: Mention[]): { list: Mention[]; namesakes: Namesake[] } {
  const titles = harmoniseTitles(mentions.flatMap((m) => m.roles));
  const list = mentions.map((m) => ({ ...m, roles: [...new Set(m.roles.map((r) => titles.get(r) ?? r))] }));
  const split = splitNamesakes(list.map((m) => ({ anchors: mentionAnchors(m), date: m.date })));
  if (split.people.length === 0) return { list, namesakes: [] };
  return {
    list: list.map((m, i) => {
      const person = split.personOf[i];
      return person === null || person === undefined ? m : { ...m, person };
    }),
    namesakes: split.people.map((p) => ({ where: p.where, articleCount: p.mentions.length })),
  };
}

/**
 * Where a mention's titles put the person; a credit ties them to the paper they report for (its
 * name is the label), and so does a post at the paper (人民日报社副总编辑).
 */
function mentionAnchors(mention: Mention): Anchor[] {
  const paper = { key: `c:${mention.paperId}`, label: mention.paperName };
  return mention.roles.flatMap((role) =>
    role === REPORTER_ROLE || role.startsWith(mention.paperName) ? [paper] : roleAnchors(role),
  );
}

function newestFirst(a: Mention, b: Mention): number {
  return b.date.localeCompare(a.date) || a.paperId.localeCompare(b.paperId) || a.page - b.page || a.seq - b.seq;
}
