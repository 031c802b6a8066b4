import "react";

// The Element Timing API's attribute (Chromium): the browser reports when the element is painted
// (`largest-image.ts`).
declare module "react" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- merged with React's interface, whose type parameter it must repeat
  interface ImgHTMLAttributes<T> {
    elementtiming?: string;
  }
}
