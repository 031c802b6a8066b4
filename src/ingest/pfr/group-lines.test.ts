import { describe, expect, it } from "vitest";
import { groupDay, groupLines, MAX_SKIPPED_LINES, splitDays } from "./group-lines";

const line = (id: string, text = "书/n  。/w") => `${id}/m  ${text}`;

describe("groupLines", () => {
  it("groups consecutive ids into issues, pages and articles, skipping blank lines", () => {
    const text = [
      line("20010501-01-001-001"),
      line("20010501-01-001-002"),
      "",
      line("20010501-01-002-001"),
      line("20010501-04-001-001"),
      line("20010502-01-001-001"),
    ].join("\n");
    const { issues, warnings } = groupLines(text, "t.txt");
    expect(warnings).toEqual([]);
    expect(issues.map((i) => [i.date, i.pages.map((p) => [p.no, p.articles.map((a) => [a.seq, a.lines])])])).toEqual([
      [
        "2001-05-01",
        [
          [
            1,
            [
              [1, [1, 2]],
              [2, [4, 4]],
            ],
          ],
          [4, [[1, [5, 5]]]],
        ],
      ],
      ["2001-05-02", [[1, [[1, [6, 6]]]]]],
    ]);
  });

  it("gives each issue the lines it is made of: skipped lines join the issue before them, the first one starts at line 1", () => {
    const text = [
      "garbage",
      line("20010501-01-001-001"),
      "",
      "2001051-01-001-002/m  书/n",
      line("20010502-01-001-001"),
      line("20010502-02-001-001"),
      "",
      line("20010503-01-001-001"),
      "",
    ].join("\n");
    const { issues, issueLines } = groupLines(text, "t.txt");
    expect(issues.map((i) => i.date)).toEqual(["2001-05-01", "2001-05-02", "2001-05-03"]);
    expect(issueLines).toEqual([
      [1, 4],
      [5, 7],
      [8, 9],
    ]);
    // The skipped line is in the lines of the issue that keeps it.
    expect(issues[0]!.pages[0]!.unassigned.map((u) => u.lines)).toEqual([
      [1, 1],
      [4, 4],
    ]);
  });

  it("skips a line with a bad id, warns with its line, and keeps its text as unassigned", () => {
    const text = [line("20010501-01-001-001"), "2001051-01-001-002/m  书/n", line("20010501-01-001-003")].join("\n");
    const { issues, warnings, skippedLines } = groupLines(text, "t.txt");
    expect(skippedLines).toBe(1);
    expect(warnings).toEqual([
      { line: 2, message: expect.stringMatching(/^bad id "2001051-01-001-002\/m".*; line skipped$/u) },
    ]);
    const page = issues[0]!.pages[0]!;
    expect(page.articles[0]!.paragraphs.map((p) => p.line)).toEqual([1, 3]);
    expect(page.unassigned).toEqual([
      { lines: [2, 2], text: "2001051-01-001-002/m  书/n", warning: expect.stringContaining("could not be placed") },
    ]);
  });

  it("gives lines skipped before the first paragraph to the first page", () => {
    const { issues } = groupLines(["garbage", line("20010501-01-001-001")].join("\n"), "t.txt");
    expect(issues[0]!.pages[0]!.unassigned.map((u) => u.lines)).toEqual([[1, 1]]);
  });

  it("keeps lines with a bad token or an unbalanced bracket, warning on the page too", () => {
    const text = [line("20010501-01-001-001", "书n  。/w"), line("20010501-01-001-002", "[青石/ns  县/n")].join("\n");
    const { issues, warnings } = groupLines(text, "t.txt");
    expect(warnings.map((w) => w.line)).toEqual([1, 2]);
    expect(issues[0]!.pages[0]!.warnings.map((w) => w.lines)).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(issues[0]!.pages[0]!.articles[0]!.paragraphs.map((p) => p.text)).toEqual(["书n。", "青石县"]);
  });

  it("keeps a repeated id in file order, with a warning", () => {
    const text = [line("20010501-01-001-001"), line("20010501-01-001-001", "又/d  一/m  段/q")].join("\n");
    const { issues, warnings } = groupLines(text, "t.txt");
    expect(issues[0]!.pages[0]!.articles[0]!.paragraphs.map((p) => p.text)).toEqual(["书。", "又一段"]);
    expect(warnings).toEqual([
      { line: 2, message: expect.stringMatching(/^repeated id 20010501-01-001-001\/m \(also line 1\)/u) },
    ]);
  });

  it("stops at an id earlier than the one before it, naming file, line and both ids", () => {
    const text = [line("20010501-02-001-001"), line("20010501-01-003-001")].join("\n");
    expect(() => groupLines(text, "t.txt")).toThrow(
      "t.txt:2: id 20010501-01-003-001/m comes after 20010501-02-001-001/m (line 1); lines must be in id order",
    );
  });

  it("stops when too many lines have no id, or none is a paragraph", () => {
    const garbage = Array.from({ length: MAX_SKIPPED_LINES + 1 }, () => "not pfr").join("\n");
    expect(() => groupLines(garbage, "t.txt")).toThrow(
      `t.txt:${MAX_SKIPPED_LINES + 1}: more than ${MAX_SKIPPED_LINES} lines without a PFR id`,
    );
    expect(() => groupLines("not pfr\n\n", "t.txt")).toThrow("t.txt: no PFR paragraph lines");
  });
});

describe("splitDays and groupDay", () => {
  const text = [
    "garbage",
    line("20010501-01-001-001", "书n  。/w"),
    "2001051-01-001-002/m  书/n",
    line("20010502-01-001-001"),
    line("20010502-01-001-001", "[青石/ns  县/n"),
    "",
  ].join("\n");

  it("splits the file into days by their ids alone, leaving the words' problems to the day's grouping", () => {
    expect(splitDays(text.split("\n"), "t.txt")).toEqual([
      { date: "2001-05-01", first: 1, last: 3 },
      { date: "2001-05-02", first: 4, last: 6 },
    ]);
  });

  it("groups a day given alone with the file's line numbers, as the whole file groups it", () => {
    const lines = text.split("\n");
    const day = groupDay(lines.slice(3, 6), 4);
    expect(day.skippedLines).toBe(0);
    expect(day.warnings.map((w) => w.line)).toEqual([5, 5]);
    expect(day.issue.pages[0]!.articles[0]!.lines).toEqual([4, 5]);
    expect(day.issue.pages[0]!.articles[0]!.paragraphs.map((p) => p.line)).toEqual([4, 5]);
    const whole = groupLines(text, "t.txt");
    expect(whole.issues[1]).toEqual(day.issue);
    expect(whole.warnings.map((w) => w.line)).toEqual([1, 2, 3, 5, 5]);
    expect(whole.skippedLines).toBe(2);
  });
});
