import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../cli";

const dir = mkdtempSync(join(tmpdir(), "folio-people-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** Runs the CLI and captures what it writes. */
async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(argv);
  return { code, out, err };
}

afterEach(() => vi.restoreAllMocks());

const ARTICLE = "■ 通讯员 钟 晓\n本报讯 日前，副区长黄蓉出席活动。\n";

describe("folio people", () => {
  it("prints people readable", async () => {
    expect(await run("people", file("a.txt", ARTICLE))).toEqual({
      code: 0,
      out: "钟晓（reporter）\n黄蓉（副区长）\n",
      err: "",
    });
  });

  it("prints JSON with --json", async () => {
    const { code, out } = await run("people", file("a.txt", ARTICLE), "--json");
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      { name: "钟晓", roles: ["reporter"] },
      { name: "黄蓉", roles: ["副区长"] },
    ]);
  });

  it("reads {id, text} lines and writes {id, people} lines with --jsonl", async () => {
    const input = `${JSON.stringify({ id: "a", text: ARTICLE })}\n\n${JSON.stringify({ id: 2, text: "会议召开。" })}\n`;
    const { code, out } = await run("people", file("b.jsonl", input), "--jsonl");
    expect(code).toBe(0);
    expect(
      out
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      {
        id: "a",
        people: [
          { name: "钟晓", roles: ["reporter"] },
          { name: "黄蓉", roles: ["副区长"] },
        ],
      },
      { id: 2, people: [] },
    ]);
  });

  it("says no people found when there are none", async () => {
    expect((await run("people", file("c.txt", "会议召开。"))).out).toBe("no people found\n");
  });

  it("reports bad input on one line with exit code 2", async () => {
    const bad = file("d.jsonl", '{"id":"a","text":"x"}\nnot json\n');
    expect(await run("people", bad, "--jsonl")).toEqual({
      code: 2,
      out: "",
      err: `folio: ${bad}:2: not a JSON line\n`,
    });
    const noText = file("e.jsonl", '{"id":"a"}\n');
    expect((await run("people", noText, "--jsonl")).err).toBe(`folio: ${noText}:1: "text" must be a string\n`);
    expect((await run("people", join(dir, "missing.txt"))).err).toBe(
      `folio: ${join(dir, "missing.txt")}: no such file\n`,
    );
    expect((await run("people")).code).toBe(2);
    expect((await run("people", file("f.txt", ARTICLE), "--json", "--jsonl")).code).toBe(2);
  });
});
