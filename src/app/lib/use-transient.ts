import { useCallback, useEffect, useRef, useState } from "react";

/** How long a confirmation (`链接已复制`) stays before it clears, in ms. */
export const CONFIRMATION_MS = 2500;

/**
 * A value that reverts to `idle` a moment after it is shown: the visible confirmation of an action
 * (copied, shared). Showing it again restarts the clock.
 */
export function useTransient<T>(idle: T, ms = CONFIRMATION_MS): [T, (value: T) => void] {
  const [value, setValue] = useState(idle);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const show = useCallback(
    (next: T) => {
      setValue(next);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setValue(idle), ms);
    },
    [idle, ms],
  );
  return [value, show];
}
