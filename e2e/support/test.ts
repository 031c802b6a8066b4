import { test as base, expect } from "@playwright/test";

/**
 * The test object every spec uses: it fails a test on any console error or uncaught exception
 * (a hydration mismatch shows up there), unless the test expects some with `allowConsoleErrors`.
 */
export const test = base.extend<{ allowConsoleErrors: RegExp | null; consoleGuard: undefined }>({
  allowConsoleErrors: [null, { option: true }],
  consoleGuard: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && !(allowConsoleErrors?.test(message.text()) ?? false))
          errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      await use(undefined);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
