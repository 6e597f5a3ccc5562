/**
 * Cross-site request forgery: besides SameSite=Lax cookies, a state-changing request
 * from a browser must come from our own origin. Browsers send Sec-Fetch-Site and
 * Origin on such requests; scripts without either (curl with a token) carry no
 * ambient cookies to abuse.
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
  return origin === "null";
}
