import { OPS, type PDFPageProxy } from "../pdf/pdfjs";

import { multiply, type Matrix } from "../pdf/matrix";

/**
 * The pixel width a scanned page warrants: when one image covers `cover` of the page (a scan),
 * the width in pixels at which that image is shown 1:1 across the whole page; null otherwise (the
 * page is drawn text and rules, sharp at any size). Reads the page's operator list, so it is only
 * asked of pages without a text layer, whose list is a handful of operations.
 */
export async function scanWidth(page: PDFPageProxy, cover: number): Promise<number | null> {
  const { width: pageWidth, height: pageHeight } = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let best: number | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const op = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (op === OPS.save) stack.push(ctm);
    else if (op === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (op === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (op === OPS.paintImageXObject) {
      const pixels = args?.[1];
      if (typeof pixels !== "number") continue;
      // The unit square under the CTM: the image's extent on the page in points.
      const w = Math.hypot(ctm[0], ctm[1]);
      const h = Math.hypot(ctm[2], ctm[3]);
      if (w * h < cover * pageWidth * pageHeight) continue;
      const across = (pixels / w) * pageWidth;
      best = Math.max(best ?? 0, across);
    }
  }
  return best;
}
