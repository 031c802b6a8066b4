import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importRmrbWeb } from "./import-rmrb-web";
import { writeWebContent } from "./write-web-content";

let tmp = "";
beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), "folio-rmrb-web-"));
});
afterEach(() => rm(tmp, { recursive: true, force: true }));

async function day(name: string, files: Record<string, string | Buffer>): Promise<string> {
  const dir = join(tmp, "web", name.slice(0, 4) + "-" + name.slice(4, 6), name);
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return dir;
}

describe("importRmrbWeb", () => {
  it("names a .txt file that is not an article file", async () => {
    await day("20200101", { "20200101-01-01.txt": "\r\n标题\r\n\r\n", "notes.txt": "x" });
    await expect(importRmrbWeb(join(tmp, "web"))).rejects.toThrow(/notes\.txt: not an article file name/u);
  });
  it("names a file it cannot decode", async () => {
    await day("20200101", { "20200101-01-01.txt": Buffer.from([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0xff]) });
    await expect(importRmrbWeb(join(tmp, "web"))).rejects.toThrow(/20200101-01-01\.txt: /u);
  });
  it("says when the folder is missing or holds no article", async () => {
    await expect(importRmrbWeb(join(tmp, "nope"))).rejects.toThrow(/nope: no such folder/u);
    await mkdir(join(tmp, "empty"));
    await writeFile(join(tmp, "empty", "README.md"), "#");
    await expect(importRmrbWeb(join(tmp, "empty"))).rejects.toThrow(/no article files/u);
  });
  it("lists the files it skipped", async () => {
    await day("20200101", { "20200101-01-01.txt": "\r\n标题\r\n\r\n" });
    await writeFile(join(tmp, "web", "README.md"), "#");
    expect((await importRmrbWeb(join(tmp, "web"))).skippedFiles).toEqual(["README.md"]);
  });
});

describe("writeWebContent", () => {
  it("adds its days to the paper folder beside the days already there, and says so in the paper's note", async () => {
    const out = join(tmp, "content");
    await mkdir(join(out, "rmrb", "1998-01-01"), { recursive: true });
    await writeFile(join(out, "rmrb", "1998-01-01", "issue.json"), "{}");
    await writeFile(join(out, "rmrb", "paper.json"), JSON.stringify({ name: "人民日报", nameNote: "PFR 语料。" }));
    await day("20200101", { "20200101-01-01.txt": "\r\n标题\r\n\r\n\u3000\u3000正文。\r\n" });
    await day("20200102", { "20200102-01-01.txt": "\r\n标题二\r\n\r\n" });
    const imported = await importRmrbWeb(join(tmp, "web"));
    await writeWebContent(imported, { outDir: out });
    await writeWebContent(imported, { outDir: out }); // again: the same days, replaced, the note not repeated
    expect((await readdir(join(out, "rmrb"))).sort()).toEqual(["1998-01-01", "2020-01-01", "2020-01-02", "paper.json"]);
    const paper = JSON.parse(await readFile(join(out, "rmrb", "paper.json"), "utf8")) as { nameNote: string };
    expect(paper.nameNote.split("\n")).toEqual([
      "PFR 语料。",
      expect.stringMatching(/^人民日报电子版文字（2020年1月）/u),
    ]);
  });
});
