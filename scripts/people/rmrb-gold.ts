/**
 * The hand-annotated rmrb-web articles (People's Daily 2019–2020; how they were made:
 * scripts/people/README.md) and how extraction is scored on them. One JSON line per article:
 * `{"file": "2019-02/20190216/20190216-02-03.txt", "people": [{"name", "roles"}], "optional": [names]}`,
 * `file` relative to the rmrb-web folder; `reporter` is the role of a credit (byline, photo, author).
 * A sealed line (what the repository holds: scripts/gold/seal.ts) has `"sealed": 1` and each name,
 * role and optional name replaced by its seal; roles are sealed after `mergeRoles`, and `reporter`
 * stays plain. `npx tsx scripts/gold/seal-rmrb.ts <plain.jsonl> <out.jsonl>` makes one.
 */
import type { Person } from "../../src/bundle/schema";
import type { PeopleSource } from "../../src/ingest/people/extract-people";
import { mergeRoles } from "../../src/ingest/people/roles";
import { articleLines } from "../../src/ingest/rmrb-web/article-lines";
import { webPeopleSource } from "../../src/ingest/rmrb-web/web-people-source";
import { REPORTER_ROLE } from "../../src/ingest/parse/credits";
import { seal, sealName, unseal, withoutSpaces } from "../gold/seal";
import { isAddressForm } from "./address-form";

export interface RmrbGoldArticle {
  file: string;
  /** Names, roles and optional names are seals (roles merged; `reporter` plain). */
  sealed?: boolean;
  people: Person[];
  optional: string[];
}

/** Longest name or role unsealed from an article's text for the error lists (characters). */
export const UNSEAL_MAX_LEN = 40;

/** A person's roles as the scorer compares them: merged, sorted; sealed (but `reporter`) for a sealed gold. */
export function rolesKey(roles: readonly string[], sealed: boolean): string[] {
  return mergeRoles(roles)
    .map((r) => (sealed && r !== REPORTER_ROLE ? seal(r) : r))
    .sort();
}

/** The sealed form of a plain gold line. */
export function sealRmrbArticle(article: RmrbGoldArticle): RmrbGoldArticle {
  return {
    file: article.file,
    sealed: true,
    people: article.people.map((p) => ({ name: sealName(p.name), roles: rolesKey(p.roles, true) })),
    optional: article.optional.map(sealName),
  };
}

/** One sealed gold line as written: `{"file", "sealed": 1, "people", "optional"}`. */
export function sealedRmrbLine(article: RmrbGoldArticle): string {
  const { file, people, optional } = sealRmrbArticle(article);
  return JSON.stringify({ file, sealed: 1, people, optional });
}

/** Reads the gold lines; a malformed line is an error that names its line number. */
export function readRmrbGold(text: string, source: string): RmrbGoldArticle[] {
  return text
    .split("\n")
    .map((line, i) => ({ line: line.trim(), no: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, no }) => {
      const value: unknown = JSON.parse(line);
      const a = value as Partial<Omit<RmrbGoldArticle, "sealed">> & { sealed?: unknown };
      if (typeof a.file !== "string" || !Array.isArray(a.people) || !Array.isArray(a.optional))
        throw new Error(`${source}:${no}: expected {"file", "people", "optional"}`);
      if (a.sealed !== undefined && a.sealed !== 1)
        throw new Error(`${source}:${no}: "sealed" is 1 or absent, not ${JSON.stringify(a.sealed)}`);
      return { file: a.file, sealed: a.sealed === 1, people: a.people, optional: a.optional };
    });
}

/**
 * An rmrb-web article file as people extraction reads it: exactly as `folio import rmrb-web` does
 * (src/ingest/rmrb-web/web-people-source.ts), so the eval measures what the importer ships.
 */
export function rmrbArticle(text: string): PeopleSource {
  return webPeopleSource(articleLines(text));
}

export interface RmrbScore {
  tp: number;
  fp: number;
  fn: number;
  /** People found by name whose roles are exactly the gold's (both read as `mergeRoles` merges them). */
  rolesExact: number;
  falsePositives: string[];
  falseNegatives: string[];
  roleMisses: string[];
  /** Names found that are a surname with a form of address (老吴, 李某) and not in the gold: counted neither way. */
  addressForms: string[];
}

/**
 * Scores one article. A sealed gold is compared by seal (the found names and roles are sealed the
 * same way); its errors name gold strings as found in `articleText` (the seal when not found there).
 */
export function scoreRmrbArticle(
  gold: RmrbGoldArticle,
  predicted: readonly Person[],
  /** Short forms the extractor ties to a person (晓光 → 吕晓光, 西亚松 → 多明戈·西亚松), mapped to that person. */
  aliases: ReadonlyMap<string, string> = new Map(),
  articleText = "",
): RmrbScore {
  const sealed = gold.sealed === true;
  // a found name's key: its seal for a sealed gold (whose names are seals already)
  const key = sealed ? sealName : withoutSpaces;
  const goldKey = sealed ? (s: string) => s : withoutSpaces;
  const want = new Map(
    gold.people.map((p) => [goldKey(p.name), sealed ? [...p.roles].sort() : rolesKey(p.roles, false)] as const),
  );
  const maybe = new Set(gold.optional.map(goldKey));
  // found people by key, with their plain name and roles (for the error lists)
  const got = new Map(predicted.map((p) => [key(p.name), { name: p.name, roles: p.roles }] as const));
  // a short form is the person it is tied to, with that person's roles (the gold's convention too)
  for (const [alias, full] of aliases)
    if (!got.has(key(alias))) got.set(key(alias), { name: alias, roles: got.get(key(full))?.roles ?? [] });
  // unsealed once, and only when an error names a gold string
  let plain: Map<string, string> | undefined;
  const show = (s: string) => {
    if (!sealed) return s;
    plain ??= unseal([...want.keys(), ...[...want.values()].flat()], articleText, UNSEAL_MAX_LEN);
    return plain.get(s) ?? s;
  };
  const score: RmrbScore = {
    tp: 0,
    fp: 0,
    fn: 0,
    rolesExact: 0,
    falsePositives: [],
    falseNegatives: [],
    roleMisses: [],
    addressForms: [],
  };
  for (const [k, { name, roles }] of got) {
    const goldRoles = want.get(k);
    if (goldRoles === undefined) {
      if (!maybe.has(k) && isAddressForm(name)) score.addressForms.push(name);
      else if (!maybe.has(k)) {
        score.fp++;
        score.falsePositives.push(name);
      }
      continue;
    }
    score.tp++;
    const b = rolesKey(roles, sealed);
    if (goldRoles.length === b.length && goldRoles.every((r, i) => r === b[i])) score.rolesExact++;
    else {
      const a = goldRoles.map(show).sort();
      const found = [...mergeRoles(roles)].sort();
      score.roleMisses.push(`${name}: ${found.join("、") || "—"} (gold ${a.join("、") || "—"})`);
    }
  }
  for (const k of want.keys()) {
    if (!got.has(k)) {
      score.fn++;
      score.falseNegatives.push(show(k));
    }
  }
  return score;
}

/**
 * Seals a plain gold file (JSON lines), checking that every name, role and optional name is in its
 * article's text (spaces removed), so the eval can unseal it for its error lists; a string that is
 * not is an error naming the article file and the string's seal (never the string).
 */
export function sealRmrbGold(plainText: string, source: string, articleText: (file: string) => string): string {
  const lines: string[] = [];
  for (const article of readRmrbGold(plainText, source)) {
    if (article.sealed) throw new Error(`${source}: ${article.file} is sealed already`);
    const text = withoutSpaces(articleText(article.file));
    const strings = [
      ...article.people.flatMap((p) => [
        withoutSpaces(p.name),
        ...mergeRoles(p.roles).filter((r) => r !== REPORTER_ROLE),
      ]),
      ...article.optional.map(withoutSpaces),
    ];
    for (const s of strings)
      if (!text.includes(s))
        throw new Error(`${source}: ${article.file}: the string sealed ${seal(s)} is not in the article`);
    lines.push(sealedRmrbLine(article));
  }
  return `${lines.join("\n")}\n`;
}
