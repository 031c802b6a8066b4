import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

/** The reader's script (简/繁) and interface language controls, and what they change. */
export class Languages {
  constructor(private readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.locator("html[data-hydrated]")).toHaveCount(1);
  }

  /** The 简/繁 button (its label names the script shown: 文字：… / Characters: …). */
  scriptButton() {
    return this.page.getByRole("button", { name: /^(文字|Characters)[:：]/u });
  }

  languageButton() {
    return this.page.getByRole("button", { name: /^(界面语言|介面語言|Interface language)/u });
  }

  async lang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** The first paragraph of the article body that is plain text (no person links). */
  plainParagraph() {
    return this.page.locator(".article-body > p:not(:has(a))").first();
  }

  /**
   * The interface's text: everything a reader sees or hears of the page (text, and the labels,
   * titles, placeholders and alt texts of elements), less the content (`[data-content]`, and
   * anything marked as Chinese text).
   */
  async interfaceText(): Promise<string> {
    return this.page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const element of body.querySelectorAll('[data-content], [lang^="zh"], script, style')) element.remove();
      const attributes = [...body.querySelectorAll("*")].flatMap((element) =>
        ["aria-label", "title", "placeholder", "alt"].map((name) => element.getAttribute(name) ?? ""),
      );
      return [body.textContent ?? "", ...attributes].join("\n");
    });
  }
}

/**
 * A stand-in for the browser's speech synthesis (headless Chromium has no voices): records what
 * is spoken, ends an utterance when the test says so (`window.__speech.finish()`).
 */
export function speechStub(list: { lang: string; name: string }[]): void {
  {
    type Utterance = { text: string; lang: string; rate: number; voice: unknown; onend?: () => void };
    const spoken: { text: string; lang: string; rate: number }[] = [];
    let current: Utterance | null = null;
    const synth = {
      speak(u: Utterance) {
        current = u;
        spoken.push({ text: u.text, lang: u.lang, rate: u.rate });
      },
      cancel() {
        current = null;
      },
      pause() {},
      resume() {},
      getVoices: () => list.map((v) => ({ ...v, voiceURI: v.name, default: false, localService: true })),
      addEventListener() {},
      removeEventListener() {},
    };
    class FakeUtterance {
      text: string;
      lang = "";
      rate = 1;
      voice: unknown = null;
      onend?: () => void;
      onerror?: () => void;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.defineProperty(window, "SpeechSynthesisUtterance", { value: FakeUtterance, configurable: true });
    Object.defineProperty(window, "__speech", {
      value: {
        spoken,
        finish: () => {
          const u = current;
          current = null;
          u?.onend?.();
        },
      },
    });
  }
}
