import { readFileSync } from "node:fs";
import type { Person } from "../../src/bundle/schema";
import { parsePage } from "../../src/ingest/parse/parse-page";

/** The seed page's people against `fixtures/seed/spec.json` (optionalPeople may be listed or not). */
export interface SeedResult {
  expected: number;
  exact: number;
  problems: string[];
}

interface SpecArticle {
  seq: number;
  people: Person[];
  optionalPeople: string[];
}

const SEED = new URL("../../fixtures/seed/", import.meta.url);

export function seedResult(
  extract: (article: ReturnType<typeof parsePage>["articles"][number]) => Person[],
): SeedResult {
  const spec = JSON.parse(readFileSync(new URL("spec.json", SEED), "utf8")) as { articles: SpecArticle[] };
  const page = parsePage(readFileSync(new URL("source.txt", SEED), "utf8"));
  let expected = 0;
  let exact = 0;
  const problems: string[] = [];
  for (const want of spec.articles) {
    const got = extract(page.articles[want.seq - 1]!).filter((p) => !want.optionalPeople.includes(p.name));
    expected += want.people.length;
    for (const person of want.people) {
      const found = got.find((p) => p.name === person.name);
      if (found === undefined) problems.push(`article ${want.seq}: missing ${person.name}`);
      else if (JSON.stringify(found.roles) !== JSON.stringify(person.roles)) {
        problems.push(
          `article ${want.seq}: ${person.name} roles ${JSON.stringify(found.roles)}, want ${JSON.stringify(person.roles)}`,
        );
      } else exact++;
    }
    for (const p of got)
      if (!want.people.some((w) => w.name === p.name))
        problems.push(`article ${want.seq}: extra ${p.name} ${JSON.stringify(p.roles)}`);
    const order = got.map((p) => p.name).join(",");
    const wantOrder = want.people.map((p) => p.name).join(",");
    if (problems.length === 0 && order !== wantOrder)
      problems.push(`article ${want.seq}: order ${order}, want ${wantOrder}`);
  }
  return { expected, exact, problems };
}
