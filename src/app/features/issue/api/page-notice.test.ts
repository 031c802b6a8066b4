import { describe, expect, it } from "vitest";
import type { PdfPageFacts } from "@/bundle/schema";
import { pageNotice } from "./page-notice";

const pdf: PdfPageFacts = {
  width: 595,
  height: 842,
  furniture: [],
  printed: { paper: null, date: null, pageNo: null, pageName: null },
};
const article = {} as never;

describe("why a PDF page shows no articles", () => {
  it("a page without a text layer is a scan", () => {
    expect(pageNotice({ articles: [], unassigned: [], pdf })).toBe("scanned");
  });
  it("a page whose text was kept aside could not be read", () => {
    const unassigned = [{ lines: [1, 12] as [number, number], text: "\ue000\ue001", warning: "garbled text layer" }];
    expect(pageNotice({ articles: [], unassigned, pdf })).toBe("unreadable");
  });
  it("says nothing of a page with articles, nor of a text page", () => {
    expect(pageNotice({ articles: [article], unassigned: [], pdf })).toBeNull();
    expect(pageNotice({ articles: [], unassigned: [] })).toBeNull();
  });
});
