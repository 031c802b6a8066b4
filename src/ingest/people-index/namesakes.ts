import type { Anchor } from "./role-anchors";

/**
 * One name, several people: over an archive of years a name (王刚) is often borne by a village's
 * party secretary in one county and by an official of another province. The mentions of a name are
 * split by where their titles put the holder (`role-anchors.ts`):
 *
 * - Mentions whose anchors meet are one person, and so are all anchors one mention holds together
 *   (湖北省委常委、武汉市委书记 ties 湖北 and 武汉; a credit line ties the paper's reporter), and a
 *   body with the end of another's name (夏姆斯大学, 艾因夏姆斯大学).
 * - Anchors that no mention ties are kept apart: each group is a person of its own, with one
 *   exception: a body named without its place (红塔集团) says nothing against a place, so when the
 *   name has exactly one group with places (云南、玉溪), groups of bodies alone join it.
 * - A group with a sliver of a much-mentioned name's mentions (`NOISE_SHARE`: 4 of 2,000
 *   mentions of a head of state that carry another place, from titles cut from a neighbour) is
 *   read as a slip, not a person: its mentions count as unanchored.
 * - A mention with no anchor (no title, or a title that names no place: 村民, 县委书记) goes to the
 *   person holding most of the anchored mentions of its year (`SAME_PERIOD`, `DOMINANT_SHARE`);
 *   otherwise it stays with the name, not with any of its people.
 *
 * This splits one person whose career crossed provinces (the name "may" cover more than one person
 * on the page, and each part shows its titles); it never merges two names.
 */

/** A mention as the clustering sees it: its anchors and when it was printed. */
export interface NamesakeMention {
  anchors: readonly Anchor[];
  /** ISO date of the issue. */
  date: string;
}

export interface Namesake {
  /** The mentions (indices into the input) this person holds, in input order. */
  mentions: number[];
  /** Where their titles put them, most mentioned first (labels as printed, each once). */
  where: string[];
}

export interface NamesakeSplit {
  /** Two or more people, most mentioned first; empty when the name is one person as far as titles tell. */
  people: Namesake[];
  /** For each mention, the index of its person in `people`, or null when its titles do not tell. */
  personOf: (number | null)[];
}

/**
 * How close in time an unanchored mention must be to the one person it joins: the same calendar
 * year (the first four characters of the ISO date). A name's people a year apart are as likely
 * the same person as different ones, so a mention further away joins no one.
 */
export const SAME_PERIOD = (date: string): string => date.slice(0, 4);

/**
 * The share of a name's mentions under which a group is a slip, not a person. One in a hundred:
 * a name in fewer than a hundred articles keeps every group.
 */
export const NOISE_SHARE = 0.01;
/** The share of a year's anchored mentions a person must hold for that year's unanchored mentions to be theirs. */
export const DOMINANT_SHARE = 0.75;

/** How many places or bodies a person's `where` lists (the page's heading for them). */
export const WHERE_LIMIT = 3;

/** What an anchor's key names (see `role-anchors.ts`): a place (p:, x:), a body (o:) or a paper's credit (c:). */
function anchorKind(key: string): "place" | "body" | "credit" {
  return key.startsWith("o:") ? "body" : key.startsWith("c:") ? "credit" : "place";
}

export function splitNamesakes(mentions: readonly NamesakeMention[]): NamesakeSplit {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(key, root);
    return root;
  };
  const union = (x: string, y: string) => {
    const a = find(x);
    const b = find(y);
    if (a !== b) parent.set(b, a);
  };
  for (const mention of mentions) {
    for (const anchor of mention.anchors) if (!parent.has(anchor.key)) parent.set(anchor.key, anchor.key);
    const [first, ...others] = mention.anchors;
    if (first === undefined) continue;
    for (const other of others) union(first.key, other.key);
  }
  // A body's name cut short by the tagger (夏姆斯大学 of 艾因夏姆斯大学) is the same body.
  const bodies = [...parent.keys()].filter((key) => anchorKind(key) === "body");
  for (const a of bodies) for (const b of bodies) if (a !== b && a.endsWith(b.slice(2))) union(a, b);
  const groups = new Map<string, number[]>();
  for (const [index, mention] of mentions.entries()) {
    const first = mention.anchors[0];
    if (first === undefined) continue;
    const root = find(first.key);
    groups.set(root, [...(groups.get(root) ?? []), index]);
  }
  const kinds = (members: number[]) =>
    new Set(members.flatMap((i) => mentions[i]!.anchors.map((a) => anchorKind(a.key))));
  const placed = [...groups.values()].filter((members) => kinds(members).has("place"));
  if (placed.length === 1) {
    for (const [root, members] of groups) {
      const own = kinds(members);
      if (own.size === 1 && own.has("body")) {
        placed[0]!.push(...members);
        groups.delete(root);
      }
    }
    placed[0]!.sort((a, b) => a - b);
  }
  for (const [root, members] of groups) if (members.length < NOISE_SHARE * mentions.length) groups.delete(root);
  if (groups.size < 2) return { people: [], personOf: mentions.map(() => null) };

  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
  const personOf: (number | null)[] = mentions.map(() => null);
  for (const [person, members] of ordered.entries()) for (const index of members) personOf[index] = person;
  const byPeriod = new Map<string, number[]>();
  for (const [person, members] of ordered.entries())
    for (const index of members) {
      const period = SAME_PERIOD(mentions[index]!.date);
      const counts = byPeriod.get(period) ?? ordered.map(() => 0);
      counts[person]!++;
      byPeriod.set(period, counts);
    }
  for (const [index, mention] of mentions.entries()) {
    if (personOf[index] !== null) continue;
    const counts = byPeriod.get(SAME_PERIOD(mention.date));
    if (counts === undefined) continue;
    const total = counts.reduce((a, b) => a + b, 0);
    const top = counts.indexOf(Math.max(...counts));
    if (counts[top]! >= DOMINANT_SHARE * total) personOf[index] = top;
  }
  const people = ordered.map((_, person): Namesake => {
    const members = personOf.flatMap((p, index) => (p === person ? [index] : []));
    const labels = new Map<string, number>();
    for (const index of members)
      for (const label of new Set(mentions[index]!.anchors.map((a) => a.label)))
        labels.set(label, (labels.get(label) ?? 0) + 1);
    const where = [...labels]
      .sort((a, b) => b[1] - a[1])
      .slice(0, WHERE_LIMIT)
      .map(([label]) => label);
    return { mentions: members, where };
  });
  return { people, personOf };
}
