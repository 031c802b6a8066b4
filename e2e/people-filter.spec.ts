import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { byCodePoint, filterKey, personFilterKeys, piecesFor } from "../src/bundle/people-filter-keys";
import { namePinyin } from "../src/ingest/people-index/person-pinyin";
import { matchesPerson } from "../src/app/features/people/api/match-person";
import { People } from "./pages/people";
import { pagedPeople, type PagedPeople } from "./support/paged-people";
import { expect, test } from "./support/test";

/**
 * The 人物 filter of an archive's index (thousands of people, as a paged index with its filter's
 * tree of files), served in place of the seed's one-page index: typing finds whom a scan of
 * everyone's keys finds, and fetches only the filter files on the way to the pieces it needs
 * (the top, one file of the level below), never the whole list of pieces.
 */
const PEOPLE = 9_000;

let archive: PagedPeople;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  archive = await pagedPeople(PEOPLE);
});
test.afterAll(async () => {
  await rm(archive.dir, { recursive: true, force: true });
});

test.describe(() => {
  // What the view fetches, without the offline feature's copies of the files it opened.
  test.use({ serviceWorkers: "block" });

  test("typing in an archive's filter finds the people a scan finds, fetching only the filter files it needs", async ({
    page,
  }) => {
    const filterFiles = [...archive.filterFiles.keys()];
    const top = archive.filterFiles.get(filterFiles[0]!)!;
    // A tree of two levels at least: the top lists filter files, not the pieces.
    expect(top.level).toBeGreaterThan(1);
    expect(top.entries.length).toBeGreaterThan(1);

    await page.route("**/data/manifest.json", async (route) => {
      const manifest = (await (await route.fetch()).json()) as { people?: { index: string; directory: string } };
      await route.fulfill({ json: { ...manifest, people: { ...manifest.people!, index: archive.index } } });
    });
    const fetched: string[] = [];
    await page.route("**/data/people/**", async (route) => {
      const file = new URL(route.request().url()).pathname.replace(/^.*?\/data\//u, "");
      const body = await readFile(join(archive.dir, file)).catch(() => null);
      if (body === null) return route.continue();
      fetched.push(file);
      return route.fulfill({ body, contentType: "application/json" });
    });

    const people = new People(page);
    await people.open();
    const searchbox = page.getByRole("searchbox", { name: "在全部人物中筛选" });
    await expect(searchbox).toBeVisible();
    expect(fetched).toEqual([archive.index]);
    // About to type: the top file of the filter's tree, and nothing more, is loaded ahead.
    await searchbox.focus();
    await expect.poll(() => fetched).toEqual([archive.index, filterFiles[0]]);

    // The pieces' first keys, in order, from the tree's files of level 1.
    const level1 = filterFiles.filter((file) => archive.filterFiles.get(file)!.level === 1);
    const pieces = level1.flatMap((file) => archive.filterFiles.get(file)!.entries);
    const everyone = archive.names.map((name) => ({ name, ...namePinyin(name) }));
    // A name, a name's full pinyin, initials, and a first syllable with initials, of people in it.
    const at = (k: number) => everyone[k]!;
    const texts = [
      at(5_200).name,
      at(7_777).pinyin.replace(/ /gu, ""),
      at(3_333).initials,
      `${at(8_642).pinyin.split(" ")[0]}${at(8_642).initials.slice(1)}`,
    ];
    for (const text of texts) {
      fetched.length = 0;
      await people.filter(text);
      const key = filterKey(text);
      const found = everyone
        .filter((p) => personFilterKeys(p).some((k) => k.startsWith(key)) && matchesPerson(p, text))
        .sort((a, b) => byCodePoint(a.pinyin, b.pinyin) || byCodePoint(a.name, b.name))
        .map((p) => p.name);
      expect(found.length, text).toBeGreaterThan(0);
      await expect(people.names(), text).toHaveText(found);
      // Only what the text needs: the top (once), one file of each level below it, and the pieces
      // its keys may be in (at most three), of all the pieces whose keys may begin with it.
      const wanted = new Set(
        piecesFor(
          pieces.map((p) => p.from),
          key,
        ).map((i) => pieces[i]!.file),
      );
      expect(wanted.size, text).toBeLessThanOrEqual(3);
      const keys = fetched.filter((file) => file.startsWith("people/keys."));
      const filter = fetched.filter((file) => file.startsWith("people/filter."));
      expect(fetched.length, fetched.join(" ")).toBe(keys.length + filter.length);
      expect(keys.length, text).toBeGreaterThan(0);
      expect(keys.length, text).toBeLessThanOrEqual(3);
      for (const file of keys) expect(wanted.has(file), `${text}: ${file}`).toBe(true);
      expect(filter.length, text).toBeLessThanOrEqual(top.level);
      expect(filter.every((file) => archive.filterFiles.has(file))).toBe(true);
    }
  });
});
