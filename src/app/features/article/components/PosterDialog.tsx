import { useEffect, useRef, useState } from "react";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/poster";
import { drawPoster, type PosterContent } from "../api/draw-poster";

/**
 * The share poster in a modal `<dialog>` (the browser keeps focus inside it and Escape closes it):
 * an `<img>` of the PNG as a data: URL, so a long press saves it on a phone (WeChat included), and
 * 下载海报 for a desktop. Loaded only when a poster is asked for (with the QR library it uses).
 */
export default function PosterDialog({ content, onClose }: { content: PosterContent; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [poster, setPoster] = useState<{ url: string } | { error: true } | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);

  useEffect(() => {
    let live = true;
    drawPoster(content).then(
      (url) => live && setPoster({ url }),
      () => live && setPoster({ error: true }),
    );
    return () => {
      live = false;
    };
  }, [content]);

  return (
    <dialog ref={dialog} className="poster-dialog" aria-labelledby="poster-title" onClose={onClose}>
      <div className="flex items-center justify-between gap-2">
        <h2 id="poster-title" className="text-lg font-bold">
          {t("poster.title")}
        </h2>
        <button type="button" className="control-button" onClick={() => dialog.current?.close()}>
          {t("common.close")}
        </button>
      </div>
      {poster === null && (
        <p role="status" className="my-6 text-muted">
          {t("poster.drawing")}
        </p>
      )}
      {poster !== null && "error" in poster && (
        <p role="alert" className="my-6">
          {t("poster.failed")}
        </p>
      )}
      {poster !== null && "url" in poster && (
        <>
          <img src={poster.url} alt={t("poster.alt", { headline: content.headline })} className="poster-image" />
          <p className="mt-2 text-sm text-muted">{t("poster.hint")}</p>
          <a className="control-button mt-2" href={poster.url} download={`${content.headline.slice(0, 40)}.png`}>
            {t("poster.download")}
          </a>
        </>
      )}
    </dialog>
  );
}
