/**
 * The hand-annotated rmrb-web articles (People's Daily 2019–2020; how they were made:
 * scripts/people/README.md) and how extraction is scored on them. One JSON line per article:
 * `{"file": "2019-02/20190216/20190216-02-03.txt", "people": [{"name", "roles"}], "optional": [names]}`,
 * `file` relative to the rmrb-web folder; `reporter` is the role of a credit (byline, photo, author).
 */
import type { Person } from "../../src/bundle/schema";
import type { PeopleSource } from "../../src/ingest/people/extract-people";
import { plainArticle } from "../../src/ingest/people/plain-article";
import { mergeRoles } from "../../src/ingest/people/roles";
import { isAddressForm } from "./address-form";

export interface RmrbGoldArticle {
  file: string;
  people: Person[];
  optional: string[];
}

/** Reads the gold lines; a malformed line is an error that names its line number. */
export function readRmrbGold(text: string, source: string): RmrbGoldArticle[] {
  return text
    .split("\n")
    .map((line, i) => ({ line: line.trim(), no: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, no }) => {
      const value: unknown = JSON.parse(line);
      const a = value as Partial<RmrbGoldArticle>;
      if (typeof a.file !== "string" || !Array.isArray(a.people) || !Array.isArray(a.optional))
        throw new Error(`${source}:${no}: expected {"file", "people", "optional"}`);
      return { file: a.file, people: a.people, optional: a.optional };
    });
}

/**
 * An rmrb-web article file as people extraction reads it: line 1 the kicker, 2 the headline, 3 the
 * subheadline, then paragraphs (indented with ideographic spaces); a byline paragraph
 * (`本报记者 张三`) or a credit after the dateline is the byline.
 */
export function rmrbArticle(text: string): PeopleSource {
  const lines = text.replace(/\r/gu, "").split("\n");
  const [kicker = "", headline = "", subhead = "", ...rest] = lines.map((l) => l.trim());
  const body = plainArticle(rest.join("\n"));
  return { ...body, title: headline, subtitles: [kicker, subhead].filter((s) => s.length > 0) };
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

const withoutSpaces = (name: string) => name.replace(/\s+/gu, "");

export function scoreRmrbArticle(
  gold: RmrbGoldArticle,
  predicted: readonly Person[],
  /** Short forms the extractor ties to a person (晓光 → 吕晓光, 西亚松 → 多明戈·西亚松), mapped to that person. */
  aliases: ReadonlyMap<string, string> = new Map(),
): RmrbScore {
  const want = new Map(gold.people.map((p) => [withoutSpaces(p.name), p.roles]));
  const maybe = new Set(gold.optional.map(withoutSpaces));
  const got = new Map(predicted.map((p) => [p.name, p.roles]));
  // a short form is the person it is tied to, with that person's roles (the gold's convention too)
  for (const [alias, full] of aliases) if (!got.has(alias)) got.set(alias, got.get(full) ?? []);
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
  for (const [name, roles] of got) {
    const goldRoles = want.get(name);
    if (goldRoles === undefined) {
      if (!maybe.has(name) && isAddressForm(name)) score.addressForms.push(name);
      else if (!maybe.has(name)) {
        score.fp++;
        score.falsePositives.push(name);
      }
      continue;
    }
    score.tp++;
    const a = [...mergeRoles(goldRoles)].sort();
    const b = [...mergeRoles(roles)].sort();
    if (a.length === b.length && a.every((r, i) => r === b[i])) score.rolesExact++;
    else score.roleMisses.push(`${name}: ${b.join("、") || "—"} (gold ${a.join("、") || "—"})`);
  }
  for (const name of want.keys()) {
    if (!got.has(name)) {
      score.fn++;
      score.falseNegatives.push(name);
    }
  }
  return score;
}
