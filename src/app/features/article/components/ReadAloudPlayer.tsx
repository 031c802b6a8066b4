import { useEffect, useId, useRef, useState, type RefObject } from "react";
import { useNavigate } from "react-router";
import { formatNumber, useT } from "@/app/lib/i18n";
import "@/app/locales/parts/read-aloud";
import type { ContinueState } from "../api/continue-reading";
import { chineseVoice, loadVoices, ReadAloud, type ReadAloudState } from "../api/read-aloud";

/** Speeds offered (1 = the voice's normal speed). */
const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;

type View = ReadAloudState | { status: "idle" } | { status: "loading" } | { status: "no-voice" | "unsupported" };

/**
 * 朗读, once asked for (loaded then, with the speech code): reads the article aloud, paragraph by
 * paragraph (`onParagraph` highlights the one being read), with pause/resume, next paragraph,
 * speed and stop in a bar at the bottom of the screen; at the end it goes on to the next article
 * of the page if the reader asked for it. Without a Chinese voice it says so.
 */
export default function ReadAloudPlayer({
  texts,
  nextTo,
  onParagraph,
  body,
  request,
  continued,
}: {
  texts: readonly string[];
  /** The next article of the same page, if any. */
  nextTo: string | null;
  onParagraph: (index: number | null) => void;
  /** The article's body: its children are the paragraphs. */
  body: RefObject<HTMLElement | null>;
  /** Counts the reader's presses of 朗读: each one starts reading from the top. */
  request: number;
  /** Whether the previous article went on to this one (it then goes on to the next one too). */
  continued: boolean;
}) {
  const t = useT();
  const [view, setView] = useState<View>({ status: "loading" });
  const [rate, setRate] = useState(1);
  const [goOn, setGoOn] = useState(false);
  const reader = useRef<ReadAloud | null>(null);
  const navigate = useNavigate();
  const speedId = useId();

  const run = async (keepGoing: boolean) => {
    if (typeof speechSynthesis === "undefined" || typeof SpeechSynthesisUtterance === "undefined") {
      setView({ status: "unsupported" });
      return;
    }
    const voice = chineseVoice(await loadVoices(speechSynthesis));
    if (voice === null) {
      setView({ status: "no-voice" });
      return;
    }
    setGoOn(keepGoing);
    reader.current?.stop();
    reader.current = new ReadAloud(speechSynthesis, voice, texts, setView);
    reader.current.start(0, rate);
  };

  // Reached by "go on to the next article": start at once.
  // Each press of 朗读 (and the start, when reached by "go on to the next article") reads from the top.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void run(goOn || continued);
    // `run` reads the latest props and sets state only after waiting for the voices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  useEffect(() => () => reader.current?.stop(), []);

  const reading = view.status === "speaking" || view.status === "paused" ? view.index : null;
  useEffect(() => {
    onParagraph(reading);
    if (reading === null) return;
    // The paragraph being read is kept in view (smoothly unless the reader asks for less motion).
    const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
    body.current?.children[reading]?.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  }, [reading, onParagraph, body]);

  useEffect(() => {
    if (view.status !== "done") return;
    reader.current = null;
    if (goOn && nextTo !== null) void navigate(nextTo, { state: { readAloud: true } satisfies ContinueState });
  }, [view.status, goOn, nextTo, navigate]);

  const active = view.status === "speaking" || view.status === "paused";
  const message =
    view.status === "no-voice"
      ? t("readAloud.noVoice")
      : view.status === "unsupported"
        ? t("readAloud.unsupported")
        : view.status === "failed"
          ? t("readAloud.failed", { error: view.error })
          : view.status === "done"
            ? t("readAloud.done")
            : null;
  const stop = () => {
    reader.current?.stop();
    reader.current = null;
    setView({ status: "idle" });
  };

  return (
    <>
      {message !== null && (
        <p role={view.status === "done" ? "status" : "alert"} className="w-full text-sm text-muted">
          {message}
        </p>
      )}
      {active && (
        <div role="region" aria-label={t("readAloud.controls")} className="read-aloud-bar no-print">
          <p role="status" className="read-aloud-status">
            {t(view.status === "paused" ? "readAloud.paused" : "readAloud.progress", {
              n: view.index + 1,
              total: texts.length,
            })}
          </p>
          <div className="flex flex-wrap items-center gap-1">
            {view.status === "paused" ? (
              <button type="button" className="control-button" onClick={() => reader.current?.resume()}>
                {t("readAloud.resume")}
              </button>
            ) : (
              <button type="button" className="control-button" onClick={() => reader.current?.pause()}>
                {t("readAloud.pause")}
              </button>
            )}
            <button type="button" className="control-button" onClick={() => reader.current?.skip()}>
              {t("readAloud.skip")}
            </button>
            <label htmlFor={speedId} className="sr-only">
              {t("readAloud.speed")}
            </label>
            <select
              id={speedId}
              className="text-field w-auto py-1"
              value={rate}
              onChange={(event) => {
                const next = Number(event.target.value);
                setRate(next);
                reader.current?.setRate(next);
              }}
            >
              {SPEEDS.map((speed) => (
                <option key={speed} value={speed}>
                  {formatNumber(speed)}×
                </option>
              ))}
            </select>
            <button type="button" className="control-button" onClick={stop}>
              {t("readAloud.stop")}
            </button>
          </div>
          {nextTo !== null && (
            <label className="flex items-center gap-1 text-sm">
              <input type="checkbox" checked={goOn} onChange={(event) => setGoOn(event.target.checked)} />
              {t("readAloud.continue")}
            </label>
          )}
        </div>
      )}
    </>
  );
}
