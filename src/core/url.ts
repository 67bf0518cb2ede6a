const SAFE_URL = /^https?:\/\/[^\s]/i;

/** Whether a link target may be opened from a note: absolute http(s) URLs only. */
export function isSafeExternalUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}
