import { renderToString } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { PersonSummary } from "@/bundle/schema";
import { MOST_MENTIONED_COUNT, ONE_PAGE_MAX_PEOPLE } from "../api/index-pages";
import { PeopleIndexView } from "./PeopleIndexView";

/** The view as the prerender writes it: which people and which letter links a page carries. */
const render = (people: PersonSummary[], letter: string | null = null) =>
  renderToString(
    <MemoryRouter>
      <PeopleIndexView people={people} letter={letter} />
    </MemoryRouter>,
  );

/** `count` people under letters A, B, C in turn; person i is in i + 1 articles. */
const index = (count: number): PersonSummary[] =>
  Array.from({ length: count }, (_, i) => ({
    name: `人${String(i).padStart(4, "0")}`,
    pinyin: "ren",
    initials: "r",
    letter: "ABC"[i % 3]!,
    latestRole: null,
    articleCount: i + 1,
  }));
const listed = (html: string) =>
  [...html.matchAll(/href="\/people\/([^"/]+)\/"/gu)].map((m) => decodeURIComponent(m[1]!));

describe("PeopleIndexView", () => {
  it("lists everyone on one page with anchor letters, up to the threshold", () => {
    const html = render(index(ONE_PAGE_MAX_PEOPLE));
    expect(listed(html)).toHaveLength(ONE_PAGE_MAX_PEOPLE);
    expect(html).toContain('href="#letter-B"');
    expect(html).not.toContain("/people/letter/");
  });

  it("above it, lists the most mentioned and links a page per letter", () => {
    const people = index(ONE_PAGE_MAX_PEOPLE + 1);
    const html = render(people);
    const names = listed(html);
    expect(names).toHaveLength(MOST_MENTIONED_COUNT);
    expect(names[0]).toBe(people.at(-1)!.name);
    expect(html).toContain('href="/people/letter/b/"');
    expect(html).not.toContain('href="/people/letter/d/"');
  });

  it("a letter's page lists that letter's people, and marks the letter as current", () => {
    const people = index(ONE_PAGE_MAX_PEOPLE + 1);
    const html = render(people, "B");
    const expected = people.filter((p) => p.letter === "B").map((p) => p.name);
    expect(listed(html)).toEqual(expected);
    expect(html).toMatch(
      /href="\/people\/letter\/b\/" aria-current="page"|aria-current="page"[^>]*href="\/people\/letter\/b\/"/u,
    );
  });
});
