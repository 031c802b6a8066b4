// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * The saved-issues list is read by the issue pages' 保存本期 button: hydrating it must not render
 * it again when nothing is saved (what the prerendered page shows), since that render would run in
 * the hydration's own task. Saved issues still show once hydrated.
 */
async function hydrateProbe(): Promise<{ commits: string[]; container: HTMLElement }> {
  vi.resetModules();
  const { Profiler, act } = await import("react");
  const { renderToString } = await import("react-dom/server");
  const { hydrateRoot } = await import("react-dom/client");
  const { useSavedIssues } = await import("./saved-list");
  function SavedCount() {
    return <p>{useSavedIssues().length}</p>;
  }
  const commits: string[] = [];
  const app = (
    <Profiler id="saved" onRender={(_id, phase) => commits.push(phase)}>
      <SavedCount />
    </Profiler>
  );
  const container = document.createElement("div");
  container.innerHTML = renderToString(app);
  document.body.append(container);
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () => {
    hydrateRoot(container, app);
  });
  return { commits, container };
}

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
});

describe("useSavedIssues after hydration", () => {
  it("does not render again when nothing is saved", async () => {
    const { commits, container } = await hydrateProbe();
    expect(commits).toEqual(["mount"]);
    expect(container.textContent).toBe("0");
  });

  it("does not render again after an empty list was stored", async () => {
    localStorage.setItem("folio.savedIssues.v1", "[]");
    expect((await hydrateProbe()).commits).toEqual(["mount"]);
  });

  it("shows the saved issues once hydrated", async () => {
    localStorage.setItem("folio.savedIssues.v1", JSON.stringify([{ paperId: "maonan", date: "2023-02-26" }]));
    const { commits, container } = await hydrateProbe();
    expect(commits.length).toBeGreaterThan(1);
    expect(container.textContent).toBe("1");
  });
});
