import { useT } from "@/app/lib/i18n";
import { acceptServiceWorkerUpdate, useServiceWorkerState } from "../api/sw-state";

/** Offers the reload when a new deployment is waiting; the reader chooses when. */
export function UpdatePrompt() {
  const t = useT();
  const { updateWaiting } = useServiceWorkerState();
  if (!updateWaiting) return null;
  return (
    <div role="status" className="update-prompt">
      <span>{t("offline.update")}</span>
      <button type="button" className="control-button" onClick={acceptServiceWorkerUpdate}>
        {t("offline.refresh")}
      </button>
    </div>
  );
}
