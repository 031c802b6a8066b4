import { fetchPreviewImage, previewTags } from "./pages/link-preview";
import { expect, test } from "./support/test";
import { SEED_ISSUE, articlePath } from "./support/seed";

/**
 * Link previews: an article, a page of an issue, an issue and the home page each name a preview
 * image (`og:image`, with its size, type and alt, and a large Twitter card) that the site serves
 * as an image of the stated size. An article shows its printed page's card.
 */
const PAGES = ["/", SEED_ISSUE, `${SEED_ISSUE}1/`, articlePath(4), "/rmrb/2001-05-01/3/", "/rmrb/2001-05-01/3/1/"];

test.describe("preview images", () => {
  for (const path of PAGES) {
    test(`${path}: og:image is served as an image of its stated size, on a large Twitter card`, async ({ page }) => {
      const tags = await previewTags(page, path);
      expect(tags["twitter:card"]).toBe("summary_large_image");
      expect(tags["twitter:image"]).toBe(tags["og:image"]);
      expect(tags["og:image"]).toMatch(/^http:\/\/localhost:\d+\/og\/[0-9a-f]{16}\.png$/u);
      expect(tags["og:image:alt"]).not.toBe("");
      const image = await fetchPreviewImage(page.request, tags["og:image"]!);
      expect(image.status).toBe(200);
      expect(image.type).toBe(tags["og:image:type"]);
      expect(image.width).toBe(Number(tags["og:image:width"]));
      expect(image.height).toBe(Number(tags["og:image:height"]));
      expect(image.bytes).toBeLessThanOrEqual(60 * 1024);
    });
  }

  test("an article, its page, its issue and home share the front page's card; another page has its own", async ({
    page,
  }) => {
    const image = async (path: string) => (await previewTags(page, path))["og:image"];
    const front = await image(`${SEED_ISSUE}1/`);
    expect(await image(articlePath(4))).toBe(front);
    expect(await image(SEED_ISSUE)).toBe(front);
    expect(await image("/")).toBe(front);
    expect(await image("/rmrb/2001-05-01/3/1/")).toBe(await image("/rmrb/2001-05-01/3/"));
    expect(await image("/rmrb/2001-05-01/3/")).not.toBe(front);
  });

  test("a page that is no page of an issue has a small text card and no image", async ({ page }) => {
    const tags = await previewTags(page, "/people/");
    expect(tags["twitter:card"]).toBe("summary");
    expect(tags["og:image"]).toBeUndefined();
  });
});
