/**
 * The few-hundred-byte preview (`DrawnImage.placeholder`, a `data:` URI) drawn under an image until
 * it has loaded, stretched over its frame and blurred (`.page-placeholder` in styles.css).
 *
 * An SVG `<image>`, not an `<img>`: it is a backdrop, not the picture, and as an `<img>` a 16-pixel
 * preview shown 400 pixels wide reads as a low-resolution, wrongly proportioned image to audits
 * (Lighthouse's image-size-responsive and image-aspect-ratio); a CSS background would need an
 * inline style, which the page's Content-Security-Policy does not allow. The picture itself stays
 * an `<img>`, audited as such.
 */
export function ImagePlaceholder({ src }: { src: string }) {
  return (
    <svg className="page-placeholder" viewBox="0 0 1 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <image href={src} width="1" height="1" preserveAspectRatio="none" />
    </svg>
  );
}
