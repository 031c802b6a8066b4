/**
 * 朗读: reads texts one after another with the browser's speech synthesis (Web Speech API), a
 * Chinese voice (zh-CN first), and reports which one is being read, so the view can highlight it.
 * Pause, resume, skip to the next, change the speed (the current text starts again at the new
 * speed). Loaded when the reader first asks for it.
 */
export type ReadAloudState =
  { status: "speaking" | "paused"; index: number } | { status: "done" } | { status: "failed"; error: string };

/** The part of `speechSynthesis` used here (a test can stand in for it). */
export type Synth = Pick<SpeechSynthesis, "speak" | "cancel" | "pause" | "resume" | "getVoices"> &
  Pick<EventTarget, "addEventListener" | "removeEventListener">;

/** How long to wait for the browser to list its voices (Chrome lists them after a while). */
export const VOICES_WAIT_MS = 2000;

/** The best Chinese voice: Mandarin of the mainland, then any Mandarin or Chinese. */
export function chineseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const lang = (v: SpeechSynthesisVoice) => v.lang.replace("_", "-").toLowerCase();
  return (
    voices.find((v) => lang(v) === "zh-cn") ??
    voices.find((v) => lang(v).startsWith("cmn")) ??
    voices.find((v) => lang(v).startsWith("zh")) ??
    null
  );
}

/** The browser's voices, once it has listed them (or none, after VOICES_WAIT_MS). */
export function loadVoices(synth: Synth): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener("voiceschanged", done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener("voiceschanged", done);
  });
}

export class ReadAloud {
  private index = 0;
  private rate = 1;
  private current: SpeechSynthesisUtterance | null = null;
  private paused = false;

  constructor(
    private readonly synth: Synth,
    private readonly voice: SpeechSynthesisVoice,
    private readonly texts: readonly string[],
    private readonly onChange: (state: ReadAloudState) => void,
  ) {}

  start(from = 0, rate = this.rate): void {
    this.rate = rate;
    this.speak(from);
  }

  pause(): void {
    if (this.current === null) return;
    this.paused = true;
    this.synth.pause();
    this.onChange({ status: "paused", index: this.index });
  }

  resume(): void {
    if (this.current === null) return;
    this.paused = false;
    this.synth.resume();
    this.onChange({ status: "speaking", index: this.index });
  }

  /** On to the next text (the end, after the last). */
  skip(): void {
    this.speak(this.index + 1);
  }

  /** The speed from now on: the text being read starts again at it. */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.current !== null) this.speak(this.index);
  }

  stop(): void {
    this.current = null;
    this.synth.cancel();
  }

  private speak(index: number): void {
    this.current = null;
    this.synth.cancel();
    if (this.paused) {
      this.synth.resume();
      this.paused = false;
    }
    if (index >= this.texts.length) {
      this.onChange({ status: "done" });
      return;
    }
    this.index = index;
    const utterance = new SpeechSynthesisUtterance(this.texts[index]);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = this.rate;
    // A cancelled utterance ends too: only the current one moves the reading on.
    utterance.onend = () => {
      if (this.current === utterance) this.speak(index + 1);
    };
    utterance.onerror = (event) => {
      if (this.current !== utterance || event.error === "interrupted" || event.error === "canceled") return;
      this.current = null;
      this.onChange({ status: "failed", error: event.error });
    };
    this.current = utterance;
    this.onChange({ status: "speaking", index });
    this.synth.speak(utterance);
  }
}
