import { lazy, Suspense } from "react";
import type { PosterContent } from "../api/draw-poster";
import { Icon } from "@/app/components/Icon";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";

// The dialog, the drawing and the QR library load only when a poster is asked for.
const PosterDialog = lazy(() => import("./PosterDialog"));

/** The share poster of `content` in a modal dialog; `onClose` when the reader closes it. */
export function Poster({ content, onClose }: { content: PosterContent; onClose: () => void }) {
  return (
    <Suspense fallback={null}>
      <PosterDialog content={content} onClose={onClose} />
    </Suspense>
  );
}

/** The button that asks for a poster (in the article's share row and in the selection toolbar). */
export function PosterButton({ onClick }: { onClick: () => void }) {
  const t = useT();
  return (
    <button type="button" className="control-button" onClick={onClick}>
      <Icon d="M5 3h14v18H5zM8 7h8M8 11h8M14 15h3v3h-3z" />
      {t("poster.make")}
    </button>
  );
}
