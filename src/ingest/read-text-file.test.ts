import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, readTextFile } from "./read-text-file";

const gbk = (text: string) => new Uint8Array(Buffer.from(new TextEncoder().encode(text)).length ? encodeGbk(text) : []);
// GBK bytes of 中文 and 茂南区: written out so the test needs no encoder library.
function encodeGbk(text: string): number[] {
  const table: Record<string, number[]> = {
    中: [0xd6, 0xd0],
    文: [0xce, 0xc4],
    茂: [0xc3, 0xaf],
    南: [0xc4, 0xcf],
    区: [0xc7, 0xf8],
  };
  return Array.from(text).flatMap((ch) => table[ch] ?? [ch.charCodeAt(0)]);
}

describe("decodeText", () => {
  it("decodes UTF-8, with or without a BOM", () => {
    expect(decodeText(new TextEncoder().encode("茂南区"))).toEqual({ ok: true, text: "茂南区", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("茂")]))).toMatchObject({
      ok: true,
      text: "茂",
    });
  });
  it("decodes GBK as GB18030 when the bytes are not UTF-8", () => {
    expect(decodeText(gbk("茂南区\n中文"))).toEqual({ ok: true, text: "茂南区\n中文", encoding: "gb18030" });
  });
  it("decodes UTF-16 with a BOM", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))).toMatchObject({
      ok: true,
      text: "中",
      encoding: "utf-16le",
    });
  });
  it("refuses binary data and says where", () => {
    const result = decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    expect(result).toEqual({ ok: false, error: "binary data, not text (control byte 0x00 at byte 4)" });
  });
  it("refuses bytes that are neither UTF-8 nor GB18030", () => {
    const result = decodeText(new Uint8Array([0x41, 0x0a, 0x81, 0x20]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/not valid UTF-8 \(first bad byte 0x81 at line 2, byte 2\) nor GBK/);
  });
  it("refuses an empty file", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, error: "the file is empty" });
  });
});

describe("readTextFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "folio-read-"));
  it("names the file in every error", async () => {
    expect(await readTextFile(join(dir, "missing.txt"))).toEqual({
      ok: false,
      error: `${join(dir, "missing.txt")}: no such file`,
    });
    writeFileSync(join(dir, "blank.txt"), "  \n\n ");
    expect(await readTextFile(join(dir, "blank.txt"))).toEqual({
      ok: false,
      error: `${join(dir, "blank.txt")}: the file is empty`,
    });
    mkdirSync(join(dir, "folder"));
    expect(await readTextFile(join(dir, "folder"))).toMatchObject({ ok: false });
  });
});
