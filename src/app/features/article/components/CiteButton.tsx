import { useTransient } from "@/app/lib/use-transient";
import { Icon } from "@/app/components/Icon";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";

/**
 * 引用: the article's GB/T 7714 citation, shown so it can be read and selected, with one button to
 * copy it and one to copy the plain link; a visible confirmation either way.
 */
export function CiteButton({ citation, url }: { citation: string; url: () => string }) {
  const t = useT();
  const [status, show] = useTransient("");

  const copy = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      show(done);
    } catch {
      show(t("cite.copyFailed"));
    }
  };

  return (
    <details className="cite">
      <summary className="control-button">
        <Icon d="M7 7h4v6H5V9a2 2 0 0 1 2-2zm10 0h4v6h-6V9a2 2 0 0 1 2-2zM9 13v2a3 3 0 0 1-3 3M19 13v2a3 3 0 0 1-3 3" />
        {t("cite.button")}
      </summary>
      <div className="cite-panel">
        <p className="text-xs text-muted">{t("cite.format")}</p>
        <p className="cite-text" data-content="">
          {citation}
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" className="control-button" onClick={() => void copy(citation, t("common.quoteCopied"))}>
            {t("common.copyQuote")}
          </button>
          <button type="button" className="control-button" onClick={() => void copy(url(), t("common.linkCopied"))}>
            {t("cite.copyLink")}
          </button>
        </div>
        <p role="status" className="mt-1 min-h-5 text-sm text-muted">
          {status}
        </p>
      </div>
    </details>
  );
}
