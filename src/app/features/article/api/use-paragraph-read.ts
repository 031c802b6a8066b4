import { useEffect, useState, type RefObject } from "react";

/**
 * 朗读: the paragraph being read aloud (its index among the article body's children; null: none),
 * which the article view highlights, kept in view (smoothly unless the reader asks for less motion).
 */
export function useParagraphRead(
  body: RefObject<HTMLElement | null>,
): [reading: number | null, setReading: (index: number | null) => void] {
  const [reading, setReading] = useState<number | null>(null);
  useEffect(() => {
    if (reading === null) return;
    const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
    body.current?.children[reading]?.scrollIntoView({ block: "center", behavior: smooth ? "smooth" : "auto" });
  }, [body, reading]);
  return [reading, setReading];
}
