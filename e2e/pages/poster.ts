import type { Locator, Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";

export function posterDialog(page: Page): Locator {
  return page.getByRole("dialog", { name: "分享海报" });
}

/** The text of the QR code in the poster image (its data: URL decoded in Node, read by jsQR). */
export async function posterQrText(dialog: Locator): Promise<string | null> {
  const src = (await dialog.getByRole("img").getAttribute("src")) ?? "";
  const match = /^data:image\/png;base64,(.+)$/u.exec(src);
  if (match === null) throw new Error(`the poster is not a PNG data: URL: ${src.slice(0, 40)}`);
  const png = PNG.sync.read(Buffer.from(match[1]!, "base64"));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
