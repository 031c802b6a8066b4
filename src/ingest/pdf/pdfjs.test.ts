import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const fixture = fileURLToPath(new URL("../../../fixtures/pdf-photo-caption/source.pdf", import.meta.url));
/** Node's own, kept before PDF.js loads (core-js's replacements even say `[native code]` when printed). */
const builtins = [JSON.stringify, JSON.parse, Array.prototype.push];
const current = () => [JSON.stringify, JSON.parse, Array.prototype.push];

describe("pdfjs", () => {
  it("loads PDF.js with Node's own JSON and Array.prototype.push, also once a document has been read", async () => {
    const { getDocument } = await import("./pdfjs");
    expect(current()).toEqual(builtins);
    const doc = await getDocument({ data: new Uint8Array(await readFile(fixture)), verbosity: 0 }).promise;
    try {
      const text = await (await doc.getPage(1)).getTextContent();
      expect(text.items.length).toBeGreaterThan(0);
    } finally {
      await doc.destroy();
    }
    expect(current()).toEqual(builtins);
  });
});
