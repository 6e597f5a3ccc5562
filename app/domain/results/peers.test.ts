import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldsOfAction } from "#app/domain/questionnaires/schema";
import { reorder } from "#tests/support/results/fixtures";
import {
  bandOf,
  type Distribution,
  distribution,
  type FieldFigures,
  peerBands,
  peerComparison,
  quantile,
} from "./peers";

describe("distribution (golden)", () => {
  it("gives quartiles by linear interpolation (type 7)", () => {
    // n 5, h = 4p: q1 at h 1 → 2, median at h 2 → 3, q3 at h 3 → 4
    expect(distribution([3, 1, 5, 2, 4], 5)).toEqual({ n: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5 });
    // n 4, sorted 0.1 0.2 0.4 0.8, h = 3p (R: quantile(c(.1,.2,.4,.8)) → .175 .3 .5):
    //   q1     h 0.75 → 0.1 + 0.75 × (0.2 − 0.1) = 0.175
    //   median h 1.5  → 0.2 + 0.5  × (0.4 − 0.2) = 0.3
    //   q3     h 2.25 → 0.4 + 0.25 × (0.8 − 0.4) = 0.5
    const d = distribution([0.8, 0.1, 0.4, 0.2], 2);
    expect(d?.n).toBe(4);
    expect(d?.min).toBe(0.1);
    expect(d?.q1).toBeCloseTo(0.175, 12);
    expect(d?.median).toBeCloseTo(0.3, 12);
    expect(d?.q3).toBeCloseTo(0.5, 12);
    expect(d?.max).toBe(0.8);
  });

  it("hides groups below the minimum size", () => {
    expect(distribution([0.1, 0.2, 0.3, 0.4], 5)).toBeNull();
    expect(distribution([], 1)).toBeNull();
    expect(distribution([0.4], 1)).toEqual({ n: 1, min: 0.4, q1: 0.4, median: 0.4, q3: 0.4, max: 0.4 });
  });

  it("refuses values and sizes that make no sense", () => {
    expect(() => distribution([0.1, Number.NaN], 1)).toThrow(RangeError);
    expect(() => distribution([0.1, Number.POSITIVE_INFINITY], 1)).toThrow(RangeError);
    expect(() => distribution([0.1], 0)).toThrow(RangeError);
    expect(() => distribution([0.1], 2.5)).toThrow(RangeError);
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});

describe("bandOf (golden)", () => {
  const d: Distribution = { n: 5, min: 1, q1: 2, median: 3, q3: 4, max: 5 };

  it("puts the quartiles themselves in the middle half", () => {
    expect(bandOf(1.5, d)).toBe("bottom_quarter");
    expect(bandOf(2, d)).toBe("middle_half");
    expect(bandOf(3, d)).toBe("middle_half");
    expect(bandOf(4, d)).toBe("middle_half");
    expect(bandOf(4.5, d)).toBe("top_quarter");
  });

  it("handles a group where everyone has the same figure", () => {
    const same = distribution([0.5, 0.5, 0.5, 0.5, 0.5], 5);
    if (same === null) throw new Error("unexpected null");
    expect(bandOf(0.5, same)).toBe("middle_half");
    expect(bandOf(0.4, same)).toBe("bottom_quarter");
    expect(bandOf(0.6, same)).toBe("top_quarter");
  });

  it("refuses NaN", () => {
    expect(() => bandOf(Number.NaN, d)).toThrow(RangeError);
  });
});

describe("peerComparison (golden)", () => {
  // mobility: 5 peers 0.2 0.4 0.6 0.8 1.0 → q1 0.4, median 0.6, q3 0.8; own 0.9 → top quarter
  // supply_disposal: only 4 peers have a figure → below the minimum of 5, hidden
  // municipal_assets: 5 peers, but the city has no figure → distribution, no band
  const peers: FieldFigures[] = [0.2, 0.4, 0.6, 0.8, 1.0].map((v, i) => ({
    mobility: v,
    supply_disposal: i < 4 ? v : null,
    municipal_assets: 0.5,
  }));
  const result = peerComparison({ mobility: 0.9, supply_disposal: 0.1, municipal_assets: null }, peers, 5);

  it("compares per field and never more", () => {
    expect(Object.keys(result).sort()).toEqual([...fieldsOfAction].sort());
    expect(result.mobility.own).toBe(0.9);
    expect(result.mobility.band).toBe("top_quarter");
    expect(result.mobility.distribution).toMatchObject({ n: 5, min: 0.2, max: 1 });
    expect(result.mobility.distribution?.q1).toBeCloseTo(0.4, 12);
    expect(result.mobility.distribution?.median).toBeCloseTo(0.6, 12);
    expect(result.mobility.distribution?.q3).toBeCloseTo(0.8, 12);
    expect(result.supply_disposal).toEqual({ own: 0.1, distribution: null, band: null });
    expect(result.municipal_assets.own).toBeNull();
    expect(result.municipal_assets.distribution?.n).toBe(5);
    expect(result.municipal_assets.band).toBeNull();
    expect(result.development_planning).toEqual({ own: null, distribution: null, band: null });
  });

  it("carries no rank", () => {
    const keys = new Set(Object.values(result).flatMap((c) => Object.keys(c)));
    expect([...keys].sort()).toEqual(["band", "distribution", "own"]);
  });
});

const values = fc.array(
  fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })),
  { maxLength: 40 },
);

describe("peers (properties)", () => {
  it("keeps quartiles ordered and finite between values too far apart to subtract", () => {
    // q1 falls exactly on index 1 here: 0 × (max − (−max)) would be 0 × Infinity = NaN.
    const max = Number.MAX_VALUE;
    const d = distribution([-max, -max, max, max, max], 1);
    expect(d).toEqual({ n: 5, min: -max, q1: -max, median: max, q3: max, max });
    const two = distribution([-max, max], 1);
    expect(two?.median).toBe(0);
  });

  it("orders min ≤ q1 ≤ median ≤ q3 ≤ max, and shows only groups of the minimum size", () => {
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 10 }), (xs, minimumGroupSize) => {
        const d = distribution(xs, minimumGroupSize);
        if (xs.length < minimumGroupSize) {
          expect(d).toBeNull();
          return;
        }
        if (d === null) throw new Error("expected a distribution");
        expect(d.n).toBe(xs.length);
        expect(d.min).toBe(Math.min(...xs));
        expect(d.max).toBe(Math.max(...xs));
        expect(d.min).toBeLessThanOrEqual(d.q1);
        expect(d.q1).toBeLessThanOrEqual(d.median);
        expect(d.median).toBeLessThanOrEqual(d.q3);
        expect(d.q3).toBeLessThanOrEqual(d.max);
      }),
    );
  });

  it("does not depend on the order of the values", () => {
    fc.assert(
      fc.property(values, fc.array(fc.integer(), { minLength: 1, maxLength: 40 }), (xs, sortKeys) => {
        expect(distribution(reorder(xs, sortKeys), 1)).toEqual(distribution(xs, 1));
      }),
    );
  });

  it("reproduces order statistics where type 7 lands on them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), (n) => {
        // values 0, 1, …, n − 1: the type-7 quantile of p is (n − 1)·p exactly
        const xs = Array.from({ length: n }, (_, i) => i);
        const d = distribution(xs, 1);
        expect(d?.q1).toBeCloseTo((n - 1) * 0.25, 9);
        expect(d?.median).toBeCloseTo((n - 1) * 0.5, 9);
        expect(d?.q3).toBeCloseTo((n - 1) * 0.75, 9);
      }),
    );
  });

  it("bands consistently with the quartiles and monotonically in the value", () => {
    fc.assert(
      fc.property(
        values.filter((xs) => xs.length > 0),
        fc.double({ min: -2e9, max: 2e9, noNaN: true }),
        fc.double({ min: -2e9, max: 2e9, noNaN: true }),
        (xs, v1, v2) => {
          const d = distribution(xs, 1);
          if (d === null) throw new Error("expected a distribution");
          for (const v of [v1, v2, d.min, d.q1, d.median, d.q3, d.max]) {
            const band = bandOf(v, d);
            expect(band === "bottom_quarter").toBe(v < d.q1);
            expect(band === "top_quarter").toBe(v > d.q3);
            expect(band === "middle_half").toBe(v >= d.q1 && v <= d.q3);
          }
          expect(bandOf(d.median, d)).toBe("middle_half");
          const [low, high] = v1 <= v2 ? [v1, v2] : [v2, v1];
          expect(peerBands.indexOf(bandOf(low, d))).toBeLessThanOrEqual(peerBands.indexOf(bandOf(high, d)));
        },
      ),
    );
  });

  it("leaves the city's own figures as they are and counts only peers with a figure", () => {
    const figure = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
    const figures = fc.record({
      development_planning: figure,
      municipal_assets: figure,
      supply_disposal: figure,
      mobility: figure,
      internal_organisation: figure,
      communication_cooperation: figure,
    });
    fc.assert(
      fc.property(figures, fc.array(figures, { maxLength: 12 }), fc.integer({ min: 2, max: 6 }), (own, peers, min) => {
        const ownCopy = structuredClone(own);
        const result = peerComparison(own, peers, min);
        expect(own).toEqual(ownCopy);
        for (const field of fieldsOfAction) {
          const c = result[field];
          expect(c.own).toBe(own[field]);
          const n = peers.filter((p) => p[field] !== null).length;
          expect(c.distribution?.n ?? null).toBe(n >= min ? n : null);
          expect(c.band === null).toBe(own[field] === null || n < min);
        }
      }),
    );
  });
});
