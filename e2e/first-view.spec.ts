import type { Request } from "@playwright/test";
import { MIN_BYTES } from "../scripts/compress";
import { Reader } from "./pages/reader";
import { articlePath } from "./support/seed";
import { expect, test } from "./support/test";

/**
 * What the first view of an article costs the network: the app's code the page names (and nothing
 * of search), each file served compressed, as a static host with precompressed files serves it.
 */
test.describe("the first view", () => {
  test("loads the code its page names, gzip-compressed, and no search code or index", async ({ page }) => {
    const requests: Request[] = [];
    page.on("request", (request) => requests.push(request));
    const reader = new Reader(page);
    await reader.open(articlePath(1));

    const named = await page.locator('meta[name="folio:modules"]').getAttribute("content");
    const modules = (named ?? "").split(" ").filter(Boolean);
    expect(modules.length).toBeGreaterThan(0);
    const requested = requests.map((r) => new URL(r.url()).pathname);
    for (const module of modules) expect(requested, `${module} is loaded`).toContain(module);
    expect(requested.filter((path) => /search/u.test(path))).toEqual([]);

    const pageAndCode = requests.filter(
      (r) => r.resourceType() === "document" || modules.includes(new URL(r.url()).pathname),
    );
    let compressed = 0;
    for (const request of pageAndCode) {
      const response = (await request.response())!;
      if ((await response.body()).length < MIN_BYTES) continue;
      expect(await response.headerValue("content-encoding"), request.url()).toBe("gzip");
      compressed++;
    }
    expect(compressed).toBeGreaterThan(2);
  });
});
