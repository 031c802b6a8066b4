import { describe, expect, it } from "vitest";
import { idsLeft, renameIds, shortIds } from "./short-message-ids";

describe("short message ids", () => {
  const ids = ["layout.today", "reading.size.0", "reading.size.1", "common.retry", "archive.title"];
  const sources = ['t("layout.today")', "const sizeName = t(`reading.size.${fontSize}`);"];

  it("names each id by its place in the sorted list, except ids the code builds at run time", () => {
    expect([...shortIds(ids, sources)]).toEqual([
      ["archive.title", "0"],
      ["common.retry", "1"],
      ["layout.today", "2"],
    ]);
    // Built by concatenation too.
    expect(shortIds(ids, ['t("reading." + key)']).has("reading.size.0")).toBe(false);
  });

  it("renames quoted ids in code and in a compiled catalogue's JSON string, nothing else", () => {
    const names = shortIds(ids, sources);
    expect(renameIds('e(`layout.today`),e("common.retry",{n:1}),x.archive.title,"layout.todays"', names)).toBe(
      'e(`2`),e("1",{n:1}),x.archive.title,"layout.todays"',
    );
    const catalogue =
      'export const messages=JSON.parse("{\\"archive.title\\":[\\"往期回顾\\"],\\"reading.size.0\\":[\\"小\\"]}");';
    expect(renameIds(catalogue, names)).toBe(
      'export const messages=JSON.parse("{\\"0\\":[\\"往期回顾\\"],\\"reading.size.0\\":[\\"小\\"]}");',
    );
  });

  it("finds a renamed id left quoted in the output (it would not be found), not a property path", () => {
    const names = shortIds(ids, sources);
    expect(idsLeft('x.archive.title;t("reading.size.1");t("2")', names)).toEqual([]);
    expect(idsLeft('t("common.retry")', names)).toEqual(["common.retry"]);
  });
});
