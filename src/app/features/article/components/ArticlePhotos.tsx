import type { Photo } from "@/bundle/schema";
import { ImagePlaceholder } from "@/app/components/ImagePlaceholder";
import { bundleUrl } from "@/app/lib/fetch-bundle";
import { largestImage } from "@/app/components/largest-image";
import { useT } from "@/app/lib/i18n";
import "@/app/locales/parts/article";

/** The article's column: its photos are shown at most this wide (`sizes`). */
const SIZES = "(min-width: 40rem) 34rem, calc(100vw - 2rem)";

/**
 * The photos the build cropped from the printed page, each with its caption (as printed, `……摄`),
 * sized by their attributes, their placeholder first. The first, under the headline, is the page's
 * largest paint (fetched at once, before the app's code: lib/largest-image.ts); the others, further
 * down, load lazily.
 */
export function ArticlePhotos({ photos }: { photos: readonly Photo[] }) {
  const t = useT();
  const shown = photos.filter((p) => p.image !== undefined);
  if (shown.length === 0) return null;
  return (
    <div className="article-photos">
      {shown.map((photo, i) => {
        const image = photo.image!;
        const first = image.sources[Math.min(1, image.sources.length - 1)]!;
        return (
          <figure key={i} className="article-photo">
            <div className="article-photo-frame">
              <ImagePlaceholder src={image.placeholder} />
              <img
                className="article-photo-image"
                src={bundleUrl(first.file)}
                srcSet={image.sources.map((s) => `${bundleUrl(s.file)} ${s.width}w`).join(", ")}
                sizes={SIZES}
                width={first.width}
                height={first.height}
                alt={photo.caption ?? t("article.photo")}
                // The first stands under the headline, in the first screen: the page's largest paint.
                {...(i === 0 ? largestImage : { loading: "lazy", decoding: "async" })}
              />
            </div>
            {photo.caption !== null && (
              <figcaption className="article-photo-caption" data-content="">
                {photo.caption}
              </figcaption>
            )}
          </figure>
        );
      })}
    </div>
  );
}
