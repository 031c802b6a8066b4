import { acceptServiceWorkerUpdate, useServiceWorkerState } from "../api/sw-state";

/** Offers the reload when a new deployment is waiting; the reader chooses when. */
export function UpdatePrompt() {
  const { updateWaiting } = useServiceWorkerState();
  if (!updateWaiting) return null;
  return (
    <div role="status" className="update-prompt">
      <span>Folio 有新版本。</span>
      <button type="button" className="control-button" onClick={acceptServiceWorkerUpdate}>
        刷新
      </button>
    </div>
  );
}
