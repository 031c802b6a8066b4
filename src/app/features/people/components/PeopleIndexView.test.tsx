import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION, type PeopleIndex, type PersonSummary } from "@/bundle/schema";
import { MOST_MENTIONED_COUNT, ONE_PAGE_MAX_PEOPLE, mostMentioned } from "../api/index-pages";
import { PeopleIndexView, type LetterPage } from "./PeopleIndexView";

/** The view as the prerender writes it: which people and which letter links a page carries. */
const render = (index: PeopleIndex, letter: LetterPage | null = null) =>
  renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <PeopleIndexView index={index} letter={letter} />
      </MemoryRouter>
    </QueryClientProvider>,
  );

/** `count` people under letters A, B, C in turn; person i is in i + 1 articles. */
const everyone = (count: number): PersonSummary[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `人${String(i).padStart(4, "0")}`,
    pinyin: `ren ${String(i).padStart(4, "0")}`,
    initials: "r",
    letter: "ABC"[i % 3]!,
    latestRole: null,
    articleCount: i + 1,
  }));
/** The index file the build writes for these people (letter files and filter named, not read here). */
const indexOf = (people: PersonSummary[]): PeopleIndex => {
  const paged = people.length > ONE_PAGE_MAX_PEOPLE;
  return {
    type: "folio/people",
    version: BUNDLE_VERSION,
    peopleCount: people.length,
    pagedByLetter: paged,
    letters: ["A", "B", "C"].map((letter) => ({
      letter,
      count: people.filter((p) => p.letter === letter).length,
      ...(paged ? { file: `people/letter-${letter.toLowerCase()}.0.json` } : {}),
    })),
    people: paged ? mostMentioned(people) : people,
    ...(paged ? { filter: "people/filter.0.json" } : {}),
  };
};
const listed = (html: string) =>
  [...html.matchAll(/href="\/people\/([^"/]+)\/"/gu)].map((m) => decodeURIComponent(m[1]!));

describe("PeopleIndexView", () => {
  it("lists everyone on one page with anchor letters, up to the threshold", () => {
    const html = render(indexOf(everyone(ONE_PAGE_MAX_PEOPLE)));
    expect(listed(html)).toHaveLength(ONE_PAGE_MAX_PEOPLE);
    expect(html).toContain('href="#letter-B"');
    expect(html).not.toContain("/people/letter/");
  });

  it("above it, lists the most mentioned and links a page per letter", () => {
    const people = everyone(ONE_PAGE_MAX_PEOPLE + 1);
    const html = render(indexOf(people));
    const names = listed(html);
    expect(names).toHaveLength(MOST_MENTIONED_COUNT);
    expect(names[0]).toBe(people.at(-1)!.name);
    expect(html).toContain('href="/people/letter/b/"');
    expect(html).not.toContain('href="/people/letter/d/"');
    expect(html).toContain(`${ONE_PAGE_MAX_PEOPLE + 1}`);
  });

  it("a letter's page lists the part it shows, marks the letter and links the letter's other parts by pinyin", () => {
    const people = everyone(ONE_PAGE_MAX_PEOPLE + 1);
    const ofB = people.filter((p) => p.letter === "B");
    const parts = [ofB.slice(0, 100), ofB.slice(100)].map((part) => ({
      first: part[0]!.pinyin,
      last: part.at(-1)!.pinyin,
      count: part.length,
    }));
    const html = render(indexOf(people), { letter: "B", count: ofB.length, part: 2, parts, people: ofB.slice(100) });
    expect(listed(html)).toEqual(ofB.slice(100).map((p) => p.name));
    expect(html).toMatch(
      /href="\/people\/letter\/b\/" aria-current="page"|aria-current="page"[^>]*href="\/people\/letter\/b\/"/u,
    );
    expect(html).toContain(`${parts[0]!.first} – ${parts[0]!.last}`);
    expect(html).toMatch(
      /href="\/people\/letter\/b\/2\/" aria-current="page"|aria-current="page"[^>]*href="\/people\/letter\/b\/2\/"/u,
    );
  });
});
