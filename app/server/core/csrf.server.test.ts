import { describe, expect, it } from "vitest";
import { isCrossSiteRequest } from "./csrf.server";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isCrossSiteRequest", () => {
  it("lets safe methods through whatever their origin", () => {
    expect(isCrossSiteRequest("GET", headers({ "sec-fetch-site": "cross-site" }), "app.test")).toBe(false);
  });

  it("accepts a same-origin form post", () => {
    expect(
      isCrossSiteRequest("POST", headers({ "sec-fetch-site": "same-origin", origin: "https://app.test" }), "app.test"),
    ).toBe(false);
  });

  it("refuses a post from another site", () => {
    expect(isCrossSiteRequest("POST", headers({ "sec-fetch-site": "cross-site" }), "app.test")).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ "sec-fetch-site": "same-site" }), "app.test")).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ origin: "https://evil.test" }), "app.test")).toBe(true);
    expect(isCrossSiteRequest("POST", headers({ origin: "null" }), "app.test")).toBe(true);
  });

  it("accepts a script without browser headers (it carries no ambient cookies)", () => {
    expect(isCrossSiteRequest("POST", headers({}), "app.test")).toBe(false);
  });

  it("refuses a post with cookies that says neither where it comes from", () => {
    expect(isCrossSiteRequest("POST", headers({ cookie: "mcb_session=abc" }), "app.test")).toBe(true);
    expect(
      isCrossSiteRequest("POST", headers({ cookie: "mcb_session=abc", origin: "http://app.test" }), "app.test"),
    ).toBe(false);
    expect(isCrossSiteRequest("POST", headers({ cookie: "x=1", "sec-fetch-site": "same-origin" }), "app.test")).toBe(
      false,
    );
  });
});
