import { describe, expect, it } from "vitest";
import { extractPeople } from "../extract-people";
import { plainArticle } from "../plain-article";
import { paddedLine, paddedName } from "./padded-name-line";

const flat = (raw: readonly string[]) => raw.map((p) => paddedName(p) ?? p);
const read = (raw: readonly string[], i: number) => paddedLine(raw, flat(raw), i);

describe("a two-character line padded to three cells", () => {
  it("reads as the two characters, whatever the spaces", () => {
    expect(paddedName("晨\u00a0\u00a0曦")).toBe("晨曦");
    expect(paddedName("晨\u3000曦")).toBe("晨曦");
    expect(paddedName(" 晨 曦 ")).toBe("晨曦");
    expect(paddedName("晨曦")).toBeNull();
    expect(paddedName("晨    曦")).toBeNull();
    expect(paddedName("——编  者")).toBeNull();
    expect(paddedName("晨 曦 光")).toBeNull();
  });

  it("is a credit under a heading and under the title", () => {
    expect(read(["草原上的歌声", "晨  曦", "那一年的夏天，雨水很多。"], 1)).toEqual({ kind: "credit", name: "晨曦" });
    expect(read(["雪中的“飞手”", "晨  曦", "那一年的夏天，雨水很多。"], 1)).toEqual({ kind: "credit", name: "晨曦" });
    expect(read(["晨  曦", "那一年的夏天，雨水很多。"], 0)).toBeNull();
  });

  it("is a heading when the text under it names it", () => {
    expect(read(["格  桑", "高原上的格桑花开了。"], 0)).toEqual({ kind: "heading" });
  });

  it("is a heading where no writer's name is set", () => {
    expect(read(["那一年的夏天，雨水很多。", "抓  捕", "天亮了。"], 1)).toEqual({ kind: "heading" });
    expect(read(["那一年的夏天，雨水很多。", "抓  捕", "天亮了。", "识  别", "天黑了。"], 3)).toEqual({
      kind: "heading",
    });
    expect(read(["草原上的歌声", "晨  曦"], 1)).toBeNull();
    expect(read(["草原上的歌声"], 0)).toBeNull();
  });

  it("gives the writer of a piece whose name is a word, and no writer for a padded heading", () => {
    const source = "格\u00a0\u00a0桑\n高原上的格桑花开了。\n草原上的歌声\n晨\u00a0\u00a0曦\n那一年的夏天，雨水很多。";
    const people = extractPeople(plainArticle(source));
    expect(people).toContainEqual({ name: "晨曦", roles: ["reporter"] });
    expect(people.map((p) => p.name)).not.toContain("格桑");
  });
});
