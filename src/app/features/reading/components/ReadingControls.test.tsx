// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { STORAGE_KEYS } from "../api/stored-settings";

/**
 * The reading controls are in every page's header: hydrating them must not render them again when
 * the prerendered markup already shows what the reader has (the defaults, a Chinese browser), since
 * that render would run in the hydration's own task. A reader with other settings still gets them.
 */
interface Hydrated {
  /** React's commits of the controls (Profiler phases): `mount` is the hydration. */
  commits: string[];
  server: string;
  container: HTMLElement;
}

/** Prerenders the controls, then hydrates them in a fresh module graph (the settings store is module state). */
async function hydrateControls(languages: string[]): Promise<Hydrated> {
  vi.resetModules();
  Object.defineProperty(navigator, "languages", { value: languages, configurable: true });
  const { Profiler, act } = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { hydrateRoot } = await import("react-dom/client");
  await import("@/app/locales/zh");
  const { ReadingControls } = await import("./ReadingControls");
  const commits: string[] = [];
  const app = (
    <Profiler id="controls" onRender={(_id, phase) => commits.push(phase)}>
      <ReadingControls />
    </Profiler>
  );
  const container = document.createElement("div");
  const server = renderToString(app);
  container.innerHTML = server;
  document.body.append(container);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () => {
    hydrateRoot(container, app);
  });
  return { commits, server, container };
}

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe("ReadingControls after hydration", () => {
  it("is not rendered again for a reader with the defaults in a Chinese browser", async () => {
    const { commits, server, container } = await hydrateControls(["zh-CN", "zh"]);
    expect(commits).toEqual(["mount"]);
    expect(container.innerHTML).toBe(server);
  });

  it("shows a stored theme after hydration", async () => {
    localStorage.setItem(STORAGE_KEYS.theme, "dark");
    const { commits, container } = await hydrateControls(["zh-CN", "zh"]);
    expect(commits.length).toBeGreaterThan(1);
    expect(container.querySelector("button[title]")?.getAttribute("title")).toContain("深色");
  });

  it("shows the script a Taiwanese browser asks for after hydration", async () => {
    const { commits, container } = await hydrateControls(["zh-TW", "zh"]);
    expect(commits.length).toBeGreaterThan(1);
    expect(container.textContent).toContain("繁");
  });
});
