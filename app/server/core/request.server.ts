/** Facts about the incoming request that several server modules need. */

/**
 * True when the browser talks https to us. The express adapter builds the URL
 * from `req.protocol`, which honours X-Forwarded-Proto only when TRUST_PROXY is set.
 */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:";
}
