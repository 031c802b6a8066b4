import type { APIRequestContext, Page } from "@playwright/test";
import { PNG } from "pngjs";

/** The Open Graph and Twitter tags of a page as a link-preview crawler reads them: from the HTML file, no script run. */
export async function previewTags(page: Page, path: string): Promise<Record<string, string>> {
  const response = await page.request.get(path);
  if (response.status() !== 200) throw new Error(`${path}: status ${response.status()}`);
  const html = await response.text();
  return page.evaluate(
    (html) =>
      Object.fromEntries(
        Array.from(
          new DOMParser()
            .parseFromString(html, "text/html")
            .head.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]'),
          (meta) => [
            meta.getAttribute("property") ?? meta.getAttribute("name") ?? "",
            meta.getAttribute("content") ?? "",
          ],
        ),
      ),
    html,
  );
}

/** The preview image as a crawler fetches it: status, type, bytes and its decoded size. */
export async function fetchPreviewImage(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  const body = await response.body();
  const type = response.headers()["content-type"] ?? "";
  const png = type === "image/png" ? PNG.sync.read(body) : null;
  return { status: response.status(), type, bytes: body.length, width: png?.width, height: png?.height };
}
