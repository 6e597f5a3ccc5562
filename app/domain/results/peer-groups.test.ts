import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fieldsOfAction } from "#app/domain/questionnaires/schema";
import { goldenCity, goldenVersion } from "#tests/support/results/golden";
import {
  type FigureKey,
  type Figures,
  figureKeys,
  groupDistributions,
  placeInGroup,
  placesAmongOthers,
  placesInGroup,
  profileFigures,
  uptakeCounts,
} from "./peer-groups";
import { computeActivityProfile } from "./profile";
import { recordOf } from "./records";

const figures = (value: number | null, overrides: Partial<Record<FigureKey, number | null>> = {}): Figures => ({
  ...recordOf(figureKeys, () => value),
  ...overrides,
});

describe("profileFigures (golden)", () => {
  it("takes overall and per-field figures and the implemented measures from the profile", () => {
    const profile = computeActivityProfile(goldenVersion, goldenCity);
    const result = profileFigures(profile);
    expect(result.activity.overall).toBe(profile.overall.activity);
    for (const field of fieldsOfAction) {
      expect(result.activity[field]).toBe(profile.byField[field].activity);
      expect(result.absoluteActivity[field]).toBe(profile.byField[field].absoluteActivity);
      expect(result.scope[field]).toBe(profile.byField[field].scope);
    }
    expect(result.implemented).toEqual(
      profile.measures.filter((m) => m.status === "implemented").map((m) => m.measureId),
    );
  });
});

describe("groupDistributions (golden)", () => {
  it("computes quartiles per key and leaves out members without a figure", () => {
    const members = [0.1, 0.2, 0.3, 0.4, 0.5].map((v) => figures(v, { mobility: v === 0.3 ? null : v }));
    const result = groupDistributions(members);
    expect(result.overall).toEqual({ n: 5, min: 0.1, q1: 0.2, median: 0.3, q3: 0.4, max: 0.5 });
    // mobility: 0.1 0.2 0.4 0.5, h = 3p → q1 0.175, median 0.3, q3 0.425
    expect(result.mobility?.n).toBe(4);
    expect(result.mobility?.q1).toBeCloseTo(0.175, 12);
    expect(result.mobility?.median).toBeCloseTo(0.3, 12);
    expect(result.mobility?.q3).toBeCloseTo(0.425, 12);
  });

  it("gives null for a key nobody has a figure for", () => {
    expect(groupDistributions([figures(null)]).overall).toBeNull();
    expect(groupDistributions([]).mobility).toBeNull();
  });
});

describe("placeInGroup (golden)", () => {
  const six = { n: 6, min: 0.1, q1: 0.2, median: 0.3, q3: 0.4, max: 0.5 };

  it("does not count the city itself towards the minimum group size", () => {
    expect(placeInGroup(0.45, six, { ownIncluded: true, minimumGroupSize: 5 })).toEqual({
      own: 0.45,
      distribution: six,
      band: "top_quarter",
    });
    const five = { ...six, n: 5 };
    expect(placeInGroup(0.45, five, { ownIncluded: true, minimumGroupSize: 5 })).toEqual({
      own: 0.45,
      distribution: null,
      band: null,
    });
    expect(placeInGroup(0.45, five, { ownIncluded: false, minimumGroupSize: 5 }).band).toBe("top_quarter");
  });

  it("shows the group without a band when the city has no figure", () => {
    expect(placeInGroup(null, six, { ownIncluded: true, minimumGroupSize: 5 })).toEqual({
      own: null,
      distribution: six,
      band: null,
    });
  });

  it("bands the three places", () => {
    const options = { ownIncluded: false, minimumGroupSize: 5 };
    expect(placeInGroup(0.15, six, options).band).toBe("bottom_quarter");
    expect(placeInGroup(0.2, six, options).band).toBe("middle_half");
    expect(placeInGroup(0.4, six, options).band).toBe("middle_half");
  });
});

describe("placesAmongOthers", () => {
  it("hides partner groups under the minimum size and compares against the others only", () => {
    const own = figures(0.9);
    const four = [0.1, 0.2, 0.3, 0.4].map((v) => figures(v));
    expect(placesAmongOthers(own, four, 5).overall.distribution).toBeNull();
    const five = [...four, figures(0.5)];
    const placed = placesAmongOthers(own, five, 5);
    expect(placed.overall.distribution?.n).toBe(5);
    expect(placed.overall.band).toBe("top_quarter");
  });
});

describe("uptakeCounts", () => {
  it("counts each member once per measure", () => {
    const counts = uptakeCounts([
      { implemented: ["MOB-01", "SUP-01"] },
      { implemented: ["MOB-01", "MOB-01"] },
      { implemented: [] },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ "MOB-01": 2, "SUP-01": 1 });
  });
});

describe("peer places (properties)", () => {
  const value = fc.double({ min: 0, max: 1, noNaN: true });

  it("never shows a group with fewer other cities than the minimum, and a band only with a distribution", () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 30 }),
        fc.option(value, { nil: null }),
        fc.integer({ min: 2, max: 10 }),
        (values, own, minimum) => {
          const places = placesInGroup(
            figures(own),
            groupDistributions([...values.map((v) => figures(v)), ...(own === null ? [] : [figures(own)])]),
            { ownIncluded: true, minimumGroupSize: minimum },
          );
          for (const key of figureKeys) {
            const place = places[key];
            if (values.length < minimum) expect(place.distribution).toBeNull();
            else expect(place.distribution?.n).toBe(values.length + (own === null ? 0 : 1));
            if (place.band !== null) expect(place.distribution).not.toBeNull();
            if (own !== null && place.distribution !== null) expect(place.band).not.toBeNull();
          }
        },
      ),
    );
  });

  it("does not depend on the order of the members", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 30 }), (values) => {
        const forward = groupDistributions(values.map((v) => figures(v)));
        const backward = groupDistributions([...values].reverse().map((v) => figures(v)));
        expect(backward).toEqual(forward);
      }),
    );
  });
});
