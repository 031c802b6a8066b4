import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  bodyChars,
  candidates,
  LONG_BODY,
  LONG_EVERY,
  PAGE_STEP,
  PAGES,
  sample,
  SHORT_BODY,
  type Candidate,
} from "./rmrb-sample";

/** A made-up month of candidates: every page of every day has one short and one long article. */
function month(name: string, days: number): Candidate[] {
  const out: Candidate[] = [];
  for (let d = 1; d <= days; d++)
    for (let page = 1; page <= PAGES; page++)
      for (const [seq, chars] of [
        [1, SHORT_BODY[0] + 10],
        [2, LONG_BODY[0] + 10],
      ] as const) {
        const day = `${name.replace("-", "")}${String(d).padStart(2, "0")}`;
        out.push({
          file: `${name}/${day}/${day}-${String(page).padStart(2, "0")}-0${seq}.txt`,
          month: name,
          day,
          page,
          bodyChars: chars,
        });
      }
  return out;
}

describe("the rmrb-web sample", () => {
  const all = [...month("2019-02", 12), ...month("2019-10", 12)];

  it("is the same for the same seed and another for another seed", () => {
    expect(sample(all, 5, 30)).toEqual(sample(all, 5, 30));
    expect(sample(all, 6, 30)).not.toEqual(sample(all, 5, 30));
  });

  it("walks the pages from a month's own start, every LONG_EVERY-th slot long, no file twice", () => {
    const chosen = sample(all, 5, 30);
    expect(chosen).toHaveLength(60);
    expect(new Set(chosen).size).toBe(60);
    const byFile = new Map(all.map((c) => [c.file, c]));
    chosen.forEach((file, k) => {
      const c = byFile.get(file)!;
      const [mi, i] = [Math.floor(k / 30), k % 30];
      expect(c.month).toBe(mi === 0 ? "2019-02" : "2019-10");
      expect(c.page).toBe(((i + PAGE_STEP * mi) % PAGES) + 1);
      expect(c.bodyChars >= LONG_BODY[0]).toBe(i % LONG_EVERY === LONG_EVERY - 1);
    });
  });

  it("takes the other band when a page has none in its band", () => {
    const shortOnly = all.filter((c) => c.bodyChars <= SHORT_BODY[1]);
    const chosen = sample(shortOnly, 5, 30);
    expect(chosen).toHaveLength(60);
  });

  const dir = mkdtempSync(join(tmpdir(), "rmrb-sample-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a corpus folder: pages from the file names, the body after the three heading lines", () => {
    mkdirSync(join(dir, "2020-05", "20200501"), { recursive: true });
    writeFileSync(
      join(dir, "2020-05", "20200501", "20200501-03-02.txt"),
      "引题\r\n标题\r\n\r\n\u3000\u3000一二三\r\n\u3000\u3000四五\r\n",
    );
    writeFileSync(join(dir, "2020-05", "20200501", "notes.md"), "not an article");
    expect(candidates(dir)).toEqual([
      { file: "2020-05/20200501/20200501-03-02.txt", month: "2020-05", day: "20200501", page: 3, bodyChars: 5 },
    ]);
    expect(bodyChars("a\r\nb\r\nc\r\n\u3000\u3000甲 乙\r\n")).toBe(2);
  });
});
