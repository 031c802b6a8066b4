import { useState } from "react";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";
import { useTransient } from "@/app/lib/use-transient";
import { isWeChat } from "../api/wechat";
import { Icon } from "@/app/components/Icon";

/**
 * Share: the system share sheet where there is one (phones), else copy the link with a visible
 * confirmation. A refused share (the reader closed the sheet) is not an error. In WeChat's browser
 * (no share sheet; readers there pass on links and images) it copies the link and opens the
 * poster (`onPoster`), which a long press saves.
 */
type Status = "idle" | "copied" | "shared" | "failed";

export function ShareButton({
  url: link,
  title,
  onPoster,
}: {
  url: () => string;
  title: string;
  onPoster?: () => void;
}) {
  const t = useT();
  const [status, show] = useTransient<Status>("idle");
  const [url, setUrl] = useState("");

  const share = async () => {
    const url = link();
    setUrl(url);
    const data = { title, url };
    const weChat = onPoster !== undefined && isWeChat(navigator.userAgent);
    if (weChat) onPoster();
    if (!weChat && typeof navigator.share === "function" && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        show("shared");
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      show("copied");
    } catch {
      show("failed");
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className="control-button" onClick={() => void share()}>
        <Icon d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v13" />
        {t("share.button")}
      </button>
      <p role="status" className="text-sm text-muted">
        {status === "copied" && t("common.linkCopied")}
        {status === "shared" && t("common.shared")}
        {status === "failed" && (
          <>
            {t("share.manual")}
            <span className="select-all break-all">{url}</span>
          </>
        )}
      </p>
    </div>
  );
}
