/**
 * WeChat's in-app browser (its user agent says `MicroMessenger`) has no Web Share, and readers
 * there share by the ··· menu, a copied link or a saved image: 分享 copies the link and shows the
 * poster instead.
 */
export function isWeChat(userAgent: string): boolean {
  return /\bMicroMessenger\//iu.test(userAgent);
}
