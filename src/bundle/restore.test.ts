import { describe, expect, it } from "vitest";
import { BUNDLE_VERSION } from "./schema";
import {
  BundleError,
  restoreIssue,
  restoreIssueInSteps,
  restoreManifest,
  restoreManifestInSteps,
  restorePageText,
  restorePeopleFilter,
  restorePeopleIndex,
  restorePeopleKeys,
  restorePeopleShard,
  restorePeopleShardInSteps,
  restoreYearIndex,
} from "./restore";
import { restoreSearchIndex } from "./restore-search";
import { SEARCH_INDEX_VERSION } from "./search-schema";
import { joinPage } from "./issue-text";

/** The error a restore throws (sync or async), for comparing. */
async function failure(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

const manifest = { type: "folio/manifest", version: BUNDLE_VERSION, papers: [] };

describe("restore", () => {
  it("accepts a valid current file", () => {
    expect(restoreManifest(manifest)).toEqual(manifest);
  });
  it("refuses a file from a newer Folio and says which version", () => {
    const error = (() => {
      try {
        restoreManifest({ ...manifest, version: BUNDLE_VERSION + 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(BundleError);
    expect(error).toMatchObject({ kind: "newer-version", fileVersion: BUNDLE_VERSION + 1 });
    expect((error as Error).message).toContain(`version ${BUNDLE_VERSION + 1}`);
  });
  it("refuses the wrong kind of file", () => {
    expect(() => restoreIssue(manifest)).toThrow(/expected a folio\/issue file, got "folio\/manifest"/);
    expect(() => restoreIssue([1])).toThrow(/got an array/);
    expect(() => restoreIssue("x")).toThrow(/got string/);
  });
  it("names the failing field of an invalid file", () => {
    expect(() => restoreManifest({ ...manifest, papers: [{ id: "Bad Id" }] })).toThrow(/papers\[0\]\.id|papers.0.id/);
  });
  it("refuses a missing or bad version", () => {
    expect(() => restoreManifest({ type: "folio/manifest" })).toThrow(/no valid schema version/);
    expect(() => restoreManifest({ ...manifest, version: 0 })).toThrow(/no valid schema version/);
  });

  describe("a version-1 bundle", () => {
    // Files as Folio wrote them before version 2 (manifest with every issue, letter shards).
    const v1Issue = {
      type: "folio/issue",
      version: 1,
      paper: { id: "rmrb", name: "人民日报", nameNote: null },
      date: "1998-01-01",
      dateApproximate: false,
      dateNote: null,
      pages: [{ no: 1, name: "要闻", articles: [], unassigned: [] }],
    };
    const v1Manifest = {
      type: "folio/manifest",
      version: 1,
      people: "people/index.abc.json",
      papers: [
        {
          id: "rmrb",
          name: "人民日报",
          nameNote: null,
          isDefault: true,
          issues: [
            {
              date: "1998-01-01",
              dateApproximate: false,
              dateNote: null,
              file: "issues/rmrb/1998-01-01.abc.json",
              pages: [{ no: 1, name: "要闻", articleCount: 0 }],
            },
          ],
        },
      ],
    };
    it("upgrades an issue file (its shape did not change)", () => {
      expect(restoreIssue(v1Issue)).toEqual({ ...v1Issue, version: BUNDLE_VERSION });
    });
    it("says that the manifest and the people files need a rebuild", () => {
      for (const restoreV1 of [
        () => restoreManifest(v1Manifest),
        () => restorePeopleIndex({ type: "folio/people", version: 1, people: [], shards: {} }),
      ]) {
        const error = (() => {
          try {
            restoreV1();
          } catch (e) {
            return e;
          }
        })();
        expect(error).toBeInstanceOf(BundleError);
        expect(error).toMatchObject({ kind: "rebuild-needed", fileVersion: 1 });
        expect((error as Error).message).toMatch(/rebuild the bundle with `folio build`/u);
      }
    });
  });
  describe("a version-2 bundle", () => {
    const person = (name: string, letter: string) => ({
      name,
      pinyin: "x",
      initials: "x",
      letter,
      latestRole: null,
      articleCount: 1,
    });
    it("upgrades its people index (everyone listed) to a one-page index with the letters counted", () => {
      const people = [person("安一", "A"), person("白二", "B"), person("白三", "B"), person("Ω", "#")];
      expect(restorePeopleIndex({ type: "folio/people", version: 2, people })).toEqual({
        type: "folio/people",
        version: BUNDLE_VERSION,
        peopleCount: 4,
        pagedByLetter: false,
        letters: [
          { letter: "A", count: 1 },
          { letter: "B", count: 2 },
          { letter: "#", count: 1 },
        ],
        people,
      });
    });
    it("keeps its other files as they are", () => {
      const v2 = { ...manifest, version: 2 };
      expect(restoreManifest(v2)).toEqual(manifest);
      const year = { type: "folio/year", version: 2, paper: "rmrb", year: 1998, before: null, after: null };
      const issues = [
        { date: "1998-01-01", dateApproximate: false, dateNote: null, file: "a.json", pageCount: 1, articleCount: 1 },
      ];
      expect(restoreYearIndex({ ...year, issues })).toEqual({ ...year, issues, version: BUNDLE_VERSION });
    });
    it("refuses a version-2 index whose people fail the schema, naming the field", () => {
      expect(() => restorePeopleIndex({ type: "folio/people", version: 2, people: [{ name: "" }] })).toThrow(/people/u);
    });
  });
  describe("a version-3 bundle", () => {
    // An issue file as Folio wrote it before version 4: every page's text inline.
    const v3Issue = {
      type: "folio/issue",
      version: 3,
      paper: { id: "rmrb", name: "人民日报", nameNote: null },
      date: "2019-01-01",
      dateApproximate: false,
      dateNote: null,
      pages: [
        {
          no: 1,
          name: "要闻",
          articles: [
            {
              id: "1-1",
              seq: 1,
              title: "标题",
              subtitles: [],
              byline: null,
              paragraphs: ["正文。"],
              caption: null,
              people: [],
              sourceLines: [1, 2],
            },
          ],
          unassigned: [{ lines: [3, 3], text: "残句", warning: "no headline" }],
        },
      ],
    };
    it("reads its issue files (and a version-2 one), the pages' text inline, as they are: a page joins whole without a text file", () => {
      for (const version of [2, 3]) {
        const restored = restoreIssue({ ...v3Issue, version });
        expect(restored).toEqual({ ...v3Issue, version: BUNDLE_VERSION });
        const page = joinPage(restored.pages[0]!, null);
        expect(page.articles[0]!.paragraphs).toEqual(["正文。"]);
        expect(page.unassigned).toEqual(v3Issue.pages[0]!.unassigned);
      }
    });
    it("refuses an issue file whose page has neither its text inline nor a text file, naming the rule", () => {
      const { unassigned: _unassigned, ...withoutText } = v3Issue.pages[0]!;
      expect(() => restoreIssue({ ...v3Issue, pages: [withoutText] })).toThrow(/its text file .* or its text inline/u);
    });
    it("refuses a page text file from before version 4 (there was none) and one from a newer Folio", () => {
      const text = { type: "folio/page-text", version: BUNDLE_VERSION, paragraphs: [["正文。"]], unassigned: [] };
      expect(restorePageText(text)).toEqual(text);
      expect(() => restorePageText({ ...text, version: BUNDLE_VERSION + 1 })).toThrow(/newer|knows versions up to/u);
      expect(() => restorePageText({ ...text, paragraphs: "x" })).toThrow(/paragraphs/u);
    });
    it("keeps its other files as they are", () => {
      const v3 = { ...manifest, version: 3 };
      expect(restoreManifest(v3)).toEqual(manifest);
    });
  });
  describe("a version-4 bundle", () => {
    it("reads its people filter, one list of every piece, as a filter tree of one file (its pieces at level 1)", () => {
      const pieces = [
        { from: "a", file: "people/keys.0123456789ab.json" },
        { from: "li", file: "people/keys.ba9876543210.json" },
      ];
      expect(restorePeopleFilter({ type: "folio/people-filter", version: 4, pieces })).toEqual({
        type: "folio/people-filter",
        version: BUNDLE_VERSION,
        level: 1,
        entries: pieces,
      });
      expect(() => restorePeopleFilter({ type: "folio/people-filter", version: 4, pieces: "x" })).toThrow(/entries/u);
    });
    it("keeps its other files as they are, and a current filter file must say its level", () => {
      expect(restoreManifest({ ...manifest, version: 4 })).toEqual(manifest);
      const entries = [{ from: "a", file: "people/keys.0123456789ab.json" }];
      expect(() => restorePeopleFilter({ type: "folio/people-filter", version: BUNDLE_VERSION, entries })).toThrow(
        /level/u,
      );
    });
  });
  it("says a version-1 search index (one build folder) needs a rebuild, and refuses a newer one", () => {
    const v1 = {
      type: "folio/search-index",
      version: 1,
      folding: "x",
      mode: "sharded",
      build: "0123456789abcdef",
      docCount: 3,
      papers: ["rmrb"],
      issues: { days: [10000], paper: [0], docs: [3] },
      postingShards: 1,
      docsPerTextShard: 1,
    };
    expect(() => restoreSearchIndex(v1)).toThrow(BundleError);
    try {
      restoreSearchIndex(v1);
    } catch (error) {
      expect(error).toMatchObject({ kind: "rebuild-needed", fileVersion: 1 });
      expect((error as Error).message).toMatch(/search index version 1.*rebuild the bundle with `folio build`/u);
    }
    const current = {
      type: "folio/search-index",
      version: SEARCH_INDEX_VERSION,
      folding: "x",
      mode: "segmented",
      docCount: 0,
      segments: [],
      pages: [],
    };
    expect(restoreSearchIndex(current)).toEqual(current);
    expect(() => restoreSearchIndex({ ...current, version: SEARCH_INDEX_VERSION + 1 })).toThrow(
      `search-index uses schema version ${SEARCH_INDEX_VERSION + 1}`,
    );
  });
  it("reads a version-2 search index (each segment's whole record, issue table included) with its segments as references", () => {
    const ref = {
      id: "0123456789abcdef",
      from: "1998-01-01",
      to: "1998-01-02",
      docCount: 5,
      papers: ["rmrb"],
      postingShards: 2,
      docsPerTextShard: 4,
    };
    const segment = {
      type: "folio/search-segment",
      version: 2,
      id: ref.id,
      from: ref.from,
      to: ref.to,
      docCount: ref.docCount,
      papers: ref.papers,
      issues: { days: [10228, 1], paper: [0, 0], docs: [3, 2] },
      postingShards: ref.postingShards,
      docsPerTextShard: ref.docsPerTextShard,
      files: 9,
    };
    const v2 = {
      type: "folio/search-index",
      version: 2,
      folding: "x",
      mode: "segmented",
      docCount: 5,
      segments: [segment],
    };
    const restored = restoreSearchIndex(v2);
    expect(restored).toEqual({ ...v2, version: SEARCH_INDEX_VERSION, segments: [ref], pages: [] });
    expect(JSON.stringify(restored)).not.toContain("issues");
    const small = { type: "folio/search-index", version: 2, folding: "x", mode: "small", docs: [], personKeys: {} };
    expect(restoreSearchIndex(small)).toEqual({ ...small, version: SEARCH_INDEX_VERSION });
    // A version-2 record that is not a segment's fails as any invalid entry does.
    expect(() => restoreSearchIndex({ ...v2, segments: [{ ...segment, docCount: "5" }] })).toThrow(/docCount/u);
  });
  it("reads a filter piece written with whole summaries (before pieces held name fields only) as name fields", () => {
    const person = { name: "江泽民", pinyin: "jiang ze min", initials: "jzm", letter: "J" };
    const piece = restorePeopleKeys({
      type: "folio/people-keys",
      version: BUNDLE_VERSION,
      people: [{ ...person, latestRole: "国家主席", articleCount: 40 }],
      keys: [["jiangzemin", 0]],
    });
    expect(piece.people).toEqual([person]);
    expect(() =>
      restorePeopleKeys({ type: "folio/people-keys", version: BUNDLE_VERSION, people: [{ name: "江泽民" }], keys: [] }),
    ).toThrow(/pinyin/u);
  });

  it("validates a year file", () => {
    const year = {
      type: "folio/year",
      version: BUNDLE_VERSION,
      paper: "rmrb",
      year: 1998,
      issues: [
        {
          date: "1998-01-01",
          dateApproximate: false,
          dateNote: null,
          file: "issues/rmrb/1998-01-01.abc.json",
          pageCount: 1,
          articleCount: 3,
        },
      ],
      before: null,
      after: { date: "2019-02-01", dateApproximate: false, dateNote: null },
    };
    expect(restoreYearIndex(year)).toEqual(year);
    expect(() => restoreYearIndex({ ...year, issues: [] })).toThrow(/issues/u);
  });
  it("puts a year file written newest first oldest first, and refuses one out of order or with a date twice", () => {
    const entry = (date: string) => ({
      date,
      dateApproximate: false,
      dateNote: null,
      file: `issues/rmrb/${date}.abc.json`,
      pageCount: 1,
      articleCount: 1,
    });
    const year = { type: "folio/year", version: BUNDLE_VERSION, paper: "rmrb", year: 1998, before: null, after: null };
    const newestFirst = ["1998-01-03", "1998-01-02", "1998-01-01"].map(entry);
    expect(restoreYearIndex({ ...year, issues: newestFirst }).issues.map((i) => i.date)).toEqual([
      "1998-01-01",
      "1998-01-02",
      "1998-01-03",
    ]);
    const shuffled = ["1998-01-01", "1998-01-03", "1998-01-02"].map(entry);
    expect(() => restoreYearIndex({ ...year, issues: shuffled })).toThrow(/oldest first/u);
    const twice = ["1998-01-01", "1998-01-01"].map(entry);
    expect(() => restoreYearIndex({ ...year, issues: twice })).toThrow(/oldest first/u);
  });

  describe("an issue restored a page at a time", () => {
    const article = (seq: number) => ({
      id: `1-${seq}`,
      seq,
      title: `标题${seq}`,
      subtitles: [],
      byline: null,
      paragraphs: ["第一段。", "第二段。"],
      caption: null,
      people: [{ name: "王小明", roles: ["记者"] }],
      sourceLines: [seq, seq + 1],
      extra: "not in the schema: dropped",
    });
    const page = (no: number) => ({ no, name: `第${no}版`, articles: [article(1), article(2)], unassigned: [] });
    const issue = {
      type: "folio/issue",
      version: BUNDLE_VERSION,
      paper: { id: "maonan", name: "茂南区新闻", nameNote: null },
      date: "2023-02-26",
      dateApproximate: false,
      dateNote: null,
      pages: [page(1), page(2), page(3)],
    };

    it("gives what restoreIssue gives, pausing before each page", async () => {
      let pauses = 0;
      const restored = await restoreIssueInSteps(issue, async () => void pauses++);
      expect(restored).toEqual(restoreIssue(issue));
      expect(JSON.stringify(restored)).toBe(JSON.stringify(restoreIssue(issue)));
      expect(pauses).toBe(3);
      // An older issue file is upgraded as restoreIssue upgrades it.
      const old = { ...issue, version: 1 };
      expect(await restoreIssueInSteps(old, async () => {})).toEqual(restoreIssue(old));
    });

    it("fails as restoreIssue fails, with the whole file's path to the fault", async () => {
      const badPage = { ...issue, pages: [page(1), { ...page(2), no: 0 }, page(3)] };
      const badShell = { ...issue, paper: { ...issue.paper, id: "Bad Id" } };
      for (const bad of [badPage, badShell, { ...issue, pages: [] }, { ...issue, pages: "x" }, manifest, [1]]) {
        const sync = await failure(() => restoreIssue(bad));
        const steps = await failure(() => restoreIssueInSteps(bad, async () => {}));
        expect(steps).toBeInstanceOf(BundleError);
        expect(steps).toEqual(sync);
        expect((steps as Error).message).toBe((sync as Error).message);
      }
      expect(((await failure(() => restoreIssueInSteps(badPage, async () => {}))) as Error).message).toMatch(
        /pages\[1\]\.no|pages\.1\.no/,
      );
    });
  });

  describe("a manifest restored a paper at a time", () => {
    const entry = {
      date: "2023-02-26",
      dateApproximate: false,
      dateNote: null,
      file: "issues/maonan/2023-02-26.0123abcd.json",
      pageCount: 2,
      articleCount: 5,
    };
    const paper = (id: string, isDefault: boolean) => ({
      id,
      name: `${id}报`,
      nameNote: null,
      isDefault,
      issueCount: 1,
      articleCount: 5,
      latest: entry,
      years: [{ year: 2023, issueCount: 1, file: `archive/${id}/2023.json` }],
      approximateDates: [],
      extra: "not in the schema: dropped",
    });
    const full = {
      type: "folio/manifest",
      version: BUNDLE_VERSION,
      people: { index: "people/index.json", directory: "people/directory.json" },
      search: "search/index.json",
      papers: [paper("maonan", true), paper("lab", false), paper("rmrb", false)],
    };

    it("gives what restoreManifest gives, pausing before each paper", async () => {
      let pauses = 0;
      const restored = await restoreManifestInSteps(full, async () => void pauses++);
      expect(JSON.stringify(restored)).toBe(JSON.stringify(restoreManifest(full)));
      expect(JSON.stringify(restored)).not.toContain("extra");
      expect(pauses).toBe(3);
      expect(await restoreManifestInSteps(manifest, async () => {})).toEqual(restoreManifest(manifest));
    });

    it("fails as restoreManifest fails, with the whole file's path to the fault", async () => {
      const badPaper = { ...full, papers: [paper("maonan", true), { ...paper("lab", false), issueCount: -1 }] };
      const reserved = { ...full, papers: [paper("maonan", true), paper("search", false)] };
      const badShell = { ...full, search: "search/index.txt" };
      const newer = { ...full, version: BUNDLE_VERSION + 1 };
      for (const bad of [
        badPaper,
        reserved,
        badShell,
        newer,
        { ...full, papers: "x" },
        { ...full, type: "folio/issue" },
        [1],
      ]) {
        const sync = await failure(() => restoreManifest(bad));
        const steps = await failure(() => restoreManifestInSteps(bad, async () => {}));
        expect(steps).toBeInstanceOf(BundleError);
        expect(steps).toEqual(sync);
        expect((steps as Error).message).toBe((sync as Error).message);
      }
      expect(((await failure(() => restoreManifestInSteps(badPaper, async () => {}))) as Error).message).toMatch(
        /papers\[1\]\.issueCount|papers\.1\.issueCount/,
      );
      expect(((await failure(() => restoreManifestInSteps(reserved, async () => {}))) as Error).message).toMatch(
        /a reserved path segment/,
      );
    });
  });

  describe("a people shard restored a person at a time", () => {
    const mention = (seq: number) => ({
      paperId: "maonan",
      paperName: "茂南区新闻",
      date: "2023-02-26",
      dateApproximate: false,
      page: 1,
      seq,
      title: `标题${seq}`,
      roles: ["区长"],
      sentence: "王小明说。",
      highlights: [[0, 3]],
      extra: "not in the schema: dropped",
    });
    const person = (name: string) => ({
      name,
      articleCount: 2,
      letter: "W",
      pinyin: "wang",
      latestRole: null,
      mentions: [mention(1), mention(2)],
      together: [{ name: "李四", articles: 1 }],
    });
    const shard = { type: "folio/people-shard", version: BUNDLE_VERSION, people: [person("王小明"), person("王大明")] };

    it("gives what restorePeopleShard gives, pausing before each person", async () => {
      let pauses = 0;
      const restored = await restorePeopleShardInSteps(shard, async () => void pauses++);
      expect(JSON.stringify(restored)).toBe(JSON.stringify(restorePeopleShard(shard)));
      expect(JSON.stringify(restored)).not.toContain("extra");
      expect(pauses).toBe(2);
      expect(await restorePeopleShardInSteps({ ...shard, people: [] }, async () => {})).toEqual(
        restorePeopleShard({ ...shard, people: [] }),
      );
    });

    it("fails as restorePeopleShard fails, with the whole file's path to the fault", async () => {
      const badPerson = { ...shard, people: [person("王小明"), { ...person("王大明"), articleCount: 0 }] };
      const badShell = { ...shard, version: "x" };
      for (const bad of [badPerson, badShell, { ...shard, people: "x" }, manifest, [1]]) {
        const sync = await failure(() => restorePeopleShard(bad));
        const steps = await failure(() => restorePeopleShardInSteps(bad, async () => {}));
        expect(steps).toBeInstanceOf(BundleError);
        expect((steps as Error).message).toBe((sync as Error).message);
      }
      expect(((await failure(() => restorePeopleShardInSteps(badPerson, async () => {}))) as Error).message).toMatch(
        /people\[1\]\.articleCount|people\.1\.articleCount/,
      );
    });
  });
});
