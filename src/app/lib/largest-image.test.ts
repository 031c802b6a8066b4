// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { imageToWaitFor, whenPainted, type PaintWatch } from "./largest-image";

const VIEWPORT = 800;

/**
 * A prerendered page with the marked image at `top` (CSS px from the viewport's top), still
 * loading; its box and visibility set by hand (happy-dom lays nothing out and loads no image).
 */
function page({ top = 300, height = 500, marked = true, shown = true } = {}): HTMLImageElement {
  document.body.innerHTML = `<div id="root"><h1>第1版</h1><img ${marked ? 'fetchpriority="high" elementtiming="largest-image"' : ""} src="/p.webp" width="960" height="1358"></div>`;
  const img = document.querySelector("img")!;
  img.getBoundingClientRect = () => new DOMRect(16, top, 380, height);
  img.checkVisibility = () => shown;
  Object.defineProperty(img, "complete", { value: false, configurable: true });
  return img;
}

afterEach(() => {
  document.body.innerHTML = "";
  document.documentElement.removeAttribute("data-locale-pending");
});

describe("imageToWaitFor", () => {
  it("is the marked image when it is in the first screen", () => {
    const img = page();
    expect(imageToWaitFor(document, VIEWPORT)).toBe(img);
    // Partly in view counts.
    page({ top: VIEWPORT - 10 });
    expect(imageToWaitFor(document, VIEWPORT)).not.toBeNull();
  });

  it("is none on a page without one (a text page) or with an unmarked image", () => {
    document.body.innerHTML = `<div id="root"><h1>第1版</h1><p>正文</p></div>`;
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
    page({ marked: false });
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
  });

  it("is none when the image will not be painted now: below or above the screen, not shown, failed", () => {
    page({ top: VIEWPORT });
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
    page({ top: -600 });
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
    // The 本版标题 view hides the image (display: none).
    page({ shown: false });
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
    page({ height: 0 });
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
    const broken = page();
    Object.defineProperty(broken, "complete", { value: true });
    Object.defineProperty(broken, "naturalWidth", { value: 0 });
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
  });

  it("is none while the page waits for the app to show it (an English reader's page)", () => {
    page();
    document.documentElement.setAttribute("data-locale-pending", "");
    expect(imageToWaitFor(document, VIEWPORT)).toBeNull();
  });
});

/** A hand-driven PaintWatch: element entries, frames and timers fire when the test says. */
function fakeWatch({ elementTiming }: { elementTiming: boolean }) {
  const timers: { run: () => void; ms: number; live: boolean }[] = [];
  const frames: (() => void)[] = [];
  const observed: { element: Element; seen: () => void; live: boolean }[] = [];
  const watch: PaintWatch = {
    observeElement(element, seen) {
      if (!elementTiming) return null;
      const entry = { element, seen, live: true };
      observed.push(entry);
      return () => void (entry.live = false);
    },
    frame: (run) => void frames.push(run),
    setTimer(run, ms) {
      const timer = { run, ms, live: true };
      timers.push(timer);
      return () => void (timer.live = false);
    },
  };
  return {
    watch,
    painted: (element: Element) => observed.filter((o) => o.live && o.element === element).forEach((o) => o.seen()),
    frame: () => frames.splice(0).forEach((run) => run()),
    fire: (ms: number) => timers.filter((t) => t.live && t.ms === ms).forEach((t) => t.run()),
    live: () => observed.filter((o) => o.live).length + timers.filter((t) => t.live).length,
  };
}

/** Whether the promise has settled once the microtasks queued so far have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe("whenPainted", () => {
  it("with element timing: resolves when the image's entry is reported, not before; stops watching", async () => {
    const img = page();
    img.decode = () => Promise.resolve();
    const fake = fakeWatch({ elementTiming: true });
    const painted = whenPainted(img, fake.watch, 3000);
    fake.frame();
    expect(await settled(painted)).toBe(false);
    fake.painted(document.createElement("img"));
    expect(await settled(painted)).toBe(false);
    fake.painted(img);
    expect(await settled(painted)).toBe(true);
    expect(fake.live()).toBe(0);
  });

  it("without element timing: resolves after the image is decoded and a frame has run", async () => {
    const img = page();
    let decoded!: () => void;
    img.decode = () => new Promise<void>((resolve) => (decoded = resolve));
    const fake = fakeWatch({ elementTiming: false });
    const painted = whenPainted(img, fake.watch, 3000);
    fake.frame();
    expect(await settled(painted)).toBe(false);
    decoded();
    await settled(painted);
    expect(await settled(painted)).toBe(false);
    fake.frame();
    fake.fire(0);
    expect(await settled(painted)).toBe(true);
  });

  it("an image that does not ask for element timing is watched the other way", async () => {
    const img = page({ marked: false });
    img.decode = () => Promise.resolve();
    const fake = fakeWatch({ elementTiming: true });
    const painted = whenPainted(img, fake.watch, 3000);
    await settled(painted);
    fake.frame();
    fake.fire(0);
    expect(await settled(painted)).toBe(true);
  });

  it("resolves when the image fails, or after the longest wait", async () => {
    const failing = page();
    failing.decode = () => new Promise<void>(() => undefined);
    const fake = fakeWatch({ elementTiming: true });
    const failed = whenPainted(failing, fake.watch, 3000);
    expect(await settled(failed)).toBe(false);
    failing.dispatchEvent(new Event("error"));
    expect(await settled(failed)).toBe(true);
    expect(fake.live()).toBe(0);

    const slow = page();
    slow.decode = () => new Promise<void>(() => undefined);
    const other = fakeWatch({ elementTiming: true });
    const waited = whenPainted(slow, other.watch, 3000);
    other.fire(2999);
    expect(await settled(waited)).toBe(false);
    other.fire(3000);
    expect(await settled(waited)).toBe(true);
  });
});
