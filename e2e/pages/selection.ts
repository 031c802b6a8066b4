import type { Locator, Page } from "@playwright/test";

/**
 * Selects characters [start, end) of the article body's paragraph `index` (0-based) across its
 * text nodes (names are links), as a reader's drag does, then ends the drag with a pointerup.
 * Returns the selected text as the browser gives it.
 */
export async function selectInParagraph(page: Page, index: number, start: number, end: number): Promise<string> {
  return page.evaluate(
    ([index, start, end]) => {
      const paragraph = document.querySelectorAll(".article-body > p")[index]!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      let startSet = false;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (!startSet && start < seen + length) {
          range.setStart(node, start - seen);
          startSet = true;
        }
        if (startSet && end <= seen + length) {
          range.setEnd(node, end - seen);
          break;
        }
        seen += length;
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      document.dispatchEvent(new PointerEvent("pointerup", { bubbles: true }));
      return selection.toString();
    },
    [index, start, end] as const,
  );
}

export function selectionToolbar(page: Page): Locator {
  return page.getByRole("toolbar", { name: "所选文字" });
}
