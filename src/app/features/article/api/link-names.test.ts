import { describe, expect, it } from "vitest";
import { linkNames } from "./link-names";

describe("linkNames", () => {
  it("marks every occurrence of each name", () => {
    expect(linkNames("廖述毅指出，谭玉成表示，廖述毅说。", ["廖述毅", "谭玉成"])).toEqual([
      { text: "廖述毅", name: "廖述毅" },
      { text: "指出，" },
      { text: "谭玉成", name: "谭玉成" },
      { text: "表示，" },
      { text: "廖述毅", name: "廖述毅" },
      { text: "说。" },
    ]);
  });
  it("prefers the longer of overlapping names and skips one-character names", () => {
    expect(linkNames("欧阳文清和欧阳", ["欧阳", "欧阳文清", "王"])).toEqual([
      { text: "欧阳文清", name: "欧阳文清" },
      { text: "和" },
      { text: "欧阳", name: "欧阳" },
    ]);
  });
  it("links a name printed with spaces between its characters, as printed", () => {
    expect(linkNames("本报记者 于\u00a0洋摄", ["于洋"])).toEqual([
      { text: "本报记者 " },
      { text: "于\u00a0洋", name: "于洋" },
      { text: "摄" },
    ]);
  });
  it("returns the text whole without names", () => {
    expect(linkNames("没有人名。", [])).toEqual([{ text: "没有人名。" }]);
  });
});
