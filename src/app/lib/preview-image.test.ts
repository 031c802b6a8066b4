import { describe, expect, it } from "vitest";
import { headElements } from "./head";
import { CARD_HEIGHT, CARD_WIDTH, cardPath, fnv1a64, previewImage, type PreviewCard } from "./preview-image";

const card: PreviewCard = {
  paperName: "人民日报",
  date: "1998年1月1日 星期四",
  section: "第1版 · 要闻",
  headlines: ["迈向充满希望的新世纪", "APEC 第5次会议"],
  standfirst: "新年前夕，国家主席发表新年讲话。",
};

describe("previewImage", () => {
  it("prefers the article's own photo", () => {
    const photo = { path: "/data/photos/a.jpg", width: 800, height: 600, alt: "照片", type: "image/jpeg" };
    expect(previewImage(photo, card, "卡片")).toEqual(photo);
  });
  it("falls back to the page card, with the card's size, type and content", () => {
    const image = previewImage(undefined, card, "卡片");
    expect(image).toEqual({
      path: cardPath(card),
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      alt: "卡片",
      type: "image/png",
      card,
    });
  });
});

describe("cardPath", () => {
  it("names a card by a 64-bit hash of what it shows", () => {
    expect(cardPath(card)).toMatch(/^\/og\/[0-9a-f]{16}\.png$/u);
    expect(cardPath({ ...card, headlines: [...card.headlines] })).toBe(cardPath(card));
  });
  it("gives a different name when anything shown changes", () => {
    const names = new Set([
      cardPath(card),
      cardPath({ ...card, paperName: "人民日报海外版" }),
      cardPath({ ...card, date: "1998年1月2日 星期五" }),
      cardPath({ ...card, section: "第2版" }),
      cardPath({ ...card, headlines: ["迈向充满希望的新世纪"] }),
      // Moving text between headlines changes the card, so the name too.
      cardPath({ ...card, headlines: ["迈向充满希望的新世纪APEC", "第5次会议"] }),
      cardPath({ ...card, standfirst: "" }),
    ]);
    expect(names.size).toBe(7);
  });
});

describe("fnv1a64", () => {
  it("is FNV-1a 64 (the published test vectors)", () => {
    expect(fnv1a64("")).toBe(0xcbf29ce484222325n);
    expect(fnv1a64("a")).toBe(0xaf63dc4c8601ec8cn);
    expect(fnv1a64("foobar")).toBe(0x85944171f73967e8n);
  });
});

describe("head image tags", () => {
  const site = { siteUrl: "https://news.example.org", base: "/folio" };
  const base = { title: "标题", description: "说明", path: "/a/", type: "article" as const };
  const tags = (head: Parameters<typeof headElements>[0]) =>
    Object.fromEntries(
      headElements(head, site).flatMap((e) => (e.tag === "meta" ? [[e.attrs[0]![1], e.attrs[1]![1]]] : [])),
    );

  it("gives og:image (absolute), its size, type and alt, and a large Twitter card", () => {
    const image = previewImage(undefined, card, "人民日报 第1版");
    const url = `https://news.example.org/folio${image.path}`;
    expect(tags({ ...base, image })).toMatchObject({
      "og:image": url,
      "og:image:type": "image/png",
      "og:image:width": "1200",
      "og:image:height": "630",
      "og:image:alt": "人民日报 第1版",
      "twitter:card": "summary_large_image",
      "twitter:image": url,
      "twitter:image:alt": "人民日报 第1版",
    });
  });
  it("gives a small text card and no og:image without an image", () => {
    const meta = tags(base);
    expect(meta["twitter:card"]).toBe("summary");
    expect(meta["og:image"]).toBeUndefined();
  });
});
