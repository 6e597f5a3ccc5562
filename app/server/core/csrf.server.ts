/**
 * Cross-site request forgery: besides SameSite=Lax cookies, a state-changing request
 * from a browser must come from our own origin. Browsers send Sec-Fetch-Site and
 * Origin on such requests. A request with cookies but neither header is refused too:
 * only an old or unusual client sends that, and its cookies could be ambient. Scripts
 * without cookies (an API token) are read-only anyway (docs/decisions/0003).
 */
const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSiteRequest(
  method: string,
  headers: { get(name: string): string | null },
  host: string | null,
): boolean {
  if (safeMethods.has(method.toUpperCase())) return false;
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  if (origin === "null") return true;
  return !fetchSite && !origin && headers.get("cookie") !== null;
}
