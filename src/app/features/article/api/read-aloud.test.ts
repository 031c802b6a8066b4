import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chineseVoice, ReadAloud, type ReadAloudState, type Synth } from "./read-aloud";

const voice = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;

class FakeUtterance {
  lang = "";
  rate = 1;
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

describe("chineseVoice", () => {
  it("prefers Mandarin of the mainland, then any Chinese, else none", () => {
    expect(chineseVoice([voice("en-US"), voice("zh-TW"), voice("zh-CN")])?.lang).toBe("zh-CN");
    expect(chineseVoice([voice("en-US"), voice("zh_HK")])?.lang).toBe("zh_HK");
    expect(chineseVoice([voice("en-US")])).toBeNull();
  });
});

describe("ReadAloud", () => {
  let spoken: FakeUtterance[];
  let synth: Synth;
  let states: ReadAloudState[];
  beforeEach(() => {
    vi.stubGlobal("SpeechSynthesisUtterance", FakeUtterance);
    spoken = [];
    states = [];
    synth = {
      speak: (u) => void spoken.push(u as unknown as FakeUtterance),
      cancel: vi.fn(),
      pause: vi.fn(),
      resume: vi.fn(),
      getVoices: () => [],
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
  });
  afterEach(() => vi.unstubAllGlobals());

  const reader = () => new ReadAloud(synth, voice("zh-CN"), ["一", "二", "三"], (s) => states.push(s));

  it("reads the texts in order, each in the voice's language, and ends", () => {
    reader().start();
    spoken[0]!.onend!();
    spoken[1]!.onend!();
    spoken[2]!.onend!();
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([
      ["一", "zh-CN"],
      ["二", "zh-CN"],
      ["三", "zh-CN"],
    ]);
    expect(states.at(-1)).toEqual({ status: "done" });
  });

  it("skips, pauses, resumes and restarts the current text at a new speed", () => {
    const r = reader();
    r.start();
    r.skip();
    // The cancelled first utterance ending late does not move the reading on.
    spoken[0]!.onend!();
    expect(spoken.map((u) => u.text)).toEqual(["一", "二"]);
    r.pause();
    expect(states.at(-1)).toEqual({ status: "paused", index: 1 });
    r.resume();
    expect(states.at(-1)).toEqual({ status: "speaking", index: 1 });
    r.setRate(1.5);
    expect(spoken.at(-1)).toMatchObject({ text: "二", rate: 1.5 });
  });

  it("reports a synthesis error, but not the interruption of a cancel", () => {
    const r = reader();
    r.start();
    spoken[0]!.onerror!({ error: "interrupted" });
    expect(states.at(-1)).toEqual({ status: "speaking", index: 0 });
    spoken[0]!.onerror!({ error: "synthesis-failed" });
    expect(states.at(-1)).toEqual({ status: "failed", error: "synthesis-failed" });
  });
});
