import type { Issue, Jump } from "@/bundle/schema";

/**
 * Links an article's parts across the pages of one issue: `（下转第2版）` on page 1 and
 * `（上接第1版）` on page 2 name each other, and each jump gets the other part's id (`<page>-<seq>`)
 * so that the reader can go from one to the other. A part is matched to its continuation by the
 * headline the continuation prints (the same title, or a short form of it: one holds the other),
 * then, for parts left over, in reading order (the first jump to page X with the first part on
 * page X that comes from this page). A jump whose page is not in the issue stays unlinked.
 */
interface Part {
  page: number;
  article: number;
  jump: number;
  title: string;
  target: number;
}

export function linkIssueJumps(issue: Issue): Issue {
  const parts = (direction: Jump["direction"]): Part[] =>
    issue.pages.flatMap((page) =>
      page.articles.flatMap((a, article) =>
        (a.jumps ?? []).flatMap((j, jump) =>
          j.direction === direction ? [{ page: page.no, article, jump, title: a.title, target: j.page }] : [],
        ),
      ),
    );
  const outgoing = parts("to");
  const incoming = parts("from");
  const links = new Map<Part, Part>();
  const free = (p: Part) => ![...links.keys(), ...links.values()].includes(p);
  const pairs = (to: Part) => incoming.filter((from) => from.page === to.target && from.target === to.page);
  // By the printed headline first, then in reading order.
  for (const to of outgoing) {
    const match = pairs(to).find((from) => free(from) && sameHeadline(to.title, from.title));
    if (match !== undefined) links.set(to, match);
  }
  for (const to of outgoing) {
    if (!free(to)) continue;
    const match = pairs(to).find(free);
    if (match !== undefined) links.set(to, match);
  }
  const idOf = (p: Part) => issue.pages.find((page) => page.no === p.page)!.articles[p.article]!.id;
  const linked = new Map<Part, string>();
  for (const [to, from] of links) {
    linked.set(to, idOf(from));
    linked.set(from, idOf(to));
  }
  const find = (page: number, article: number, jump: number) =>
    [...linked].find(([p]) => p.page === page && p.article === article && p.jump === jump)?.[1];
  return {
    ...issue,
    pages: issue.pages.map((page) => ({
      ...page,
      articles: page.articles.map((a, article) =>
        a.jumps === undefined
          ? a
          : {
              ...a,
              jumps: a.jumps.map((j, jump) => {
                const id = find(page.no, article, jump);
                return id === undefined ? j : { ...j, article: id };
              }),
            },
      ),
    })),
  };
}

/** The same headline as printed on both parts, or a short form of it (one holds the other). */
export function sameHeadline(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s\p{P}]+/gu, "");
  const [x, y] = [norm(a), norm(b)];
  return x !== "" && y !== "" && (x.includes(y) || y.includes(x));
}
