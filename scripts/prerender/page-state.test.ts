import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PageRecord } from "./incremental";
import { emptyState, PEOPLE_SHARES, readState, shareOf, writeState, type PrerenderState } from "./page-state";

const root = await mkdtemp(join(tmpdir(), "folio-page-state-"));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A page's record as the prerender makes it: the values it read of the manifest and its year file, its issue. */
function record(file: string, n: number): PageRecord {
  return {
    key: `key of ${file} ${n}`,
    deps: [
      `/manifest#["papers",{"from":0,"to":0},"id"]`,
      `/years/archive/rmrb/2001.json#["issues",{"from":0,"to":${n}}]`,
      file,
    ],
    size: 1000 + n,
    ...(n % 2 === 0 && { card: { name: `${n}.png`, card: { paperName: "人民日报", date: file, headlines: [] } } }),
  } as PageRecord;
}

/** The pages of a small archive: two months of a paper's days with their pages and articles, people, the calendar. */
function pages(): PrerenderState {
  const state = emptyState();
  const files = [
    "/index.html",
    "/rmrb/index.html",
    "/rmrb/2001/index.html",
    "/people/index.html",
    "/people/letter/w/index.html",
  ];
  for (const day of ["2001-05-30", "2001-05-31", "2001-06-01"])
    for (const path of ["", "1/", "1/1/", "1/2/", "2/", "2/1/"]) files.push(`/rmrb/${day}/${path}index.html`);
  for (let i = 0; i < 40; i++) files.push(`/people/${encodeURIComponent(`王${i}`)}/index.html`);
  files.forEach((file, n) => (state.pages[file] = record(file, n)));
  return state;
}

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

describe("the prerender's page state", () => {
  it("reads back what it wrote, in files of one month, one bucket of person pages or the other pages each", async () => {
    const dir = join(root, "shares");
    const state = pages();
    await writeState(dir, state, emptyState());
    expect((await readState(dir)).pages).toEqual(state.pages);
    const names = await filesIn(dir);
    expect(names).toContain("rmrb-2001-05.json");
    expect(names).toContain("rmrb-2001-06.json");
    expect(names).toContain("other.json");
    // No file holds pages of two months, nor a person page beside another kind.
    for (const name of names) {
      const held = Object.keys((JSON.parse(await readFile(join(dir, name), "utf8")) as { pages: object }).pages);
      expect(new Set(held.map(shareOf)), name).toEqual(new Set([name.replace(/\.json$/u, "")]));
    }
    expect(names.filter((n) => n.startsWith("people-")).length).toBeGreaterThan(1);
    expect(shareOf("/people/王0/index.html")).toMatch(new RegExp(`^people-\\d{4}$`, "u"));
    expect(Number(shareOf("/people/王0/index.html").slice(7))).toBeLessThan(PEOPLE_SHARES);
  });

  it("rewrites only the files whose pages changed, and removes those left with none", async () => {
    const dir = join(root, "again");
    await writeState(dir, pages(), emptyState());
    const before = new Map<string, number>();
    for (const name of await filesIn(dir)) before.set(name, (await stat(join(dir, name))).mtimeMs);

    // Nothing changed: nothing written.
    const same = await readState(dir);
    expect(await writeState(dir, { ...emptyState(), pages: { ...same.pages } }, same)).toBe(0);

    // A page of June rendered again, May's days gone: June's file written, May's removed.
    const previous = await readState(dir);
    const next = {
      ...emptyState(),
      pages: Object.fromEntries(Object.entries(previous.pages).filter(([page]) => !page.startsWith("/rmrb/2001-05"))),
    };
    next.pages["/rmrb/2001-06-01/1/1/index.html"] = { ...next.pages["/rmrb/2001-06-01/1/1/index.html"]!, key: "new" };
    expect(await writeState(dir, next, previous)).toBe(1);
    const names = await filesIn(dir);
    expect(names).not.toContain("rmrb-2001-05.json");
    for (const name of names)
      if (name !== "rmrb-2001-06.json") expect((await stat(join(dir, name))).mtimeMs, name).toBe(before.get(name));
    expect((await readState(dir)).pages).toEqual(next.pages);
  });

  it("takes the one file of earlier versions when it has no folder, and removes it once written", async () => {
    const dir = join(root, "upgraded");
    const legacy = join(root, "state.json");
    const state = pages();
    await writeFile(legacy, JSON.stringify({ version: 1, pages: state.pages }));
    const read = await readState(dir, legacy);
    expect(read.pages).toEqual(state.pages);
    await writeState(dir, read, read, legacy);
    await expect(stat(legacy)).rejects.toThrow();
    expect((await readState(dir, legacy)).pages).toEqual(state.pages);
  });

  it("renders again the pages of a file cut short (takes it as none)", async () => {
    const dir = join(root, "cut");
    await writeState(dir, pages(), emptyState());
    const june = join(dir, "rmrb-2001-06.json");
    await writeFile(june, (await readFile(june, "utf8")).slice(0, 100));
    const read = await readState(dir);
    expect(Object.keys(read.pages).some((p) => p.startsWith("/rmrb/2001-06"))).toBe(false);
    expect(Object.keys(read.pages).some((p) => p.startsWith("/rmrb/2001-05"))).toBe(true);
  });
});
