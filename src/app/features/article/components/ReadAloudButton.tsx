import { lazy, Suspense, useState, type RefObject } from "react";
import { useLocation } from "react-router";
import { Icon } from "@/app/components/Icon";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";
import { isContinue } from "../api/continue-reading";

// The player (its controls and the speech code) loads on the first press.
const ReadAloudPlayer = lazy(() => import("./ReadAloudPlayer"));

/**
 * 朗读: the button that starts reading the article aloud (again from the top on each press), and
 * the player once asked for, or at once when the previous article went on to this one.
 */
export function ReadAloudButton({
  texts,
  nextTo,
  onParagraph,
  body,
}: {
  texts: readonly string[];
  nextTo: string | null;
  onParagraph: (index: number | null) => void;
  /** The article's body (its children are the paragraphs), which the player keeps the one being read in. */
  body: RefObject<HTMLElement | null>;
}) {
  const t = useT();
  const location = useLocation();
  const [request, setRequest] = useState(() => (isContinue(location.state) ? 1 : 0));
  return (
    <>
      <button type="button" className="control-button" onClick={() => setRequest((n) => n + 1)}>
        <Icon d="M4 9v6h4l5 4V5L8 9H4zm12-1a5 5 0 0 1 0 8m2.5-11a9 9 0 0 1 0 14" />
        {t("readAloud.start")}
      </button>
      {request > 0 && (
        <Suspense fallback={null}>
          <ReadAloudPlayer
            texts={texts}
            nextTo={nextTo}
            onParagraph={onParagraph}
            body={body}
            request={request}
            continued={isContinue(location.state)}
          />
        </Suspense>
      )}
    </>
  );
}
