import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countries, fieldsOfAction, impactApproaches, legalScopeLevels, sectors } from "#app/domain/vocabulary";
import { versionOneSource } from "#questionnaires/v1/index";
import {
  type CatalogueFilter,
  type ClassifiedMeasure,
  catalogueQueryString,
  filterCatalogue,
  groupByField,
  isFiltered,
  matchesCatalogueFilter,
} from "./catalogue-filter";
import { parseCatalogueQuery } from "./catalogue-filter-query";
import { QuestionnaireVersion } from "./schema";

type TestMeasure = ClassifiedMeasure & { id: string };

const scope = (DE: string, JP: string, US: string) =>
  ({ DE: { level: DE }, JP: { level: JP }, US: { level: US } }) as TestMeasure["legalScope"];

const measures: TestMeasure[] = [
  {
    id: "DEV-01",
    field: "development_planning",
    approach: "regulate",
    depth: 1,
    sector: "cross_cutting",
    legalScope: scope("full", "full", "full"),
  },
  {
    id: "MOB-08",
    field: "mobility",
    approach: "regulate",
    depth: 3,
    sector: "transport",
    legalScope: scope("partial", "none", "partial"),
  },
  {
    id: "MOB-13",
    field: "mobility",
    approach: "motivate",
    depth: 2,
    sector: "transport",
    legalScope: scope("full", "full", "full"),
  },
  {
    id: "SUP-01",
    field: "supply_disposal",
    approach: "regulate",
    depth: 1,
    sector: "energy",
    legalScope: scope("mandatory", "full", "full"),
  },
  {
    id: "SUP-06",
    field: "supply_disposal",
    approach: "regulate",
    depth: 2,
    sector: "energy",
    legalScope: scope("mandatory", "none", "partial"),
  },
];

const ids = (filter: CatalogueFilter) => filterCatalogue(measures, filter).map((m) => m.id);
const query = (search: string) => parseCatalogueQuery(new URLSearchParams(search));

describe("filterCatalogue", () => {
  it("without a filter keeps every measure in its order", () => {
    expect(ids({})).toEqual(["DEV-01", "MOB-08", "MOB-13", "SUP-01", "SUP-06"]);
  });

  it("filters by field of action, impact approach, impact depth and sector", () => {
    expect(ids({ field: "mobility" })).toEqual(["MOB-08", "MOB-13"]);
    expect(ids({ approach: "motivate" })).toEqual(["MOB-13"]);
    expect(ids({ depth: 1 })).toEqual(["DEV-01", "SUP-01"]);
    expect(ids({ sector: "energy" })).toEqual(["SUP-01", "SUP-06"]);
  });

  it("combines filters with AND", () => {
    expect(ids({ field: "mobility", approach: "regulate" })).toEqual(["MOB-08"]);
    expect(ids({ sector: "energy", depth: 2 })).toEqual(["SUP-06"]);
    expect(ids({ field: "mobility", sector: "energy" })).toEqual([]);
  });

  it("filters by the legal scope level in one country", () => {
    expect(ids({ country: "JP", level: "none" })).toEqual(["MOB-08", "SUP-06"]);
    expect(ids({ country: "DE", level: "mandatory" })).toEqual(["SUP-01", "SUP-06"]);
    expect(ids({ country: "US", level: "mandatory" })).toEqual([]);
    expect(ids({ country: "DE", level: "none" })).toEqual([]);
  });

  it("with a level but no country, keeps measures with that level in at least one country", () => {
    expect(ids({ level: "partial" })).toEqual(["MOB-08", "SUP-06"]);
    expect(ids({ level: "none" })).toEqual(["MOB-08", "SUP-06"]);
  });

  it("with a country but no level, filters nothing", () => {
    expect(ids({ country: "JP" })).toEqual(ids({}));
  });

  it("keeps the extra properties of the measures it returns", () => {
    const [first] = filterCatalogue([{ ...measures[1], title: "speed" } as TestMeasure & { title: string }], {
      field: "mobility",
    });
    expect(first?.title).toBe("speed");
  });
});

describe("parseCatalogueQuery", () => {
  it("reads every filter parameter", () => {
    expect(query("field=mobility&approach=regulate&depth=3&sector=transport&country=JP&level=none")).toEqual({
      filter: { field: "mobility", approach: "regulate", depth: 3, sector: "transport", country: "JP", level: "none" },
      ignored: [],
    });
  });

  it("treats empty values (the form's 'all' choice) as no filter, without complaint", () => {
    expect(query("field=&approach=&depth=&sector=&country=&level=")).toEqual({ filter: {}, ignored: [] });
    expect(query("")).toEqual({ filter: {}, ignored: [] });
  });

  it("ignores unknown values and reports which parameters they were", () => {
    expect(query("field=transport&depth=4&sector=energy&level=FULL&country=FR")).toEqual({
      filter: { sector: "energy" },
      ignored: ["field", "depth", "country", "level"],
    });
    expect(query("depth=1.0&approach=%3Cscript%3E")).toEqual({ filter: {}, ignored: ["approach", "depth"] });
  });

  it("ignores parameters that are not filters", () => {
    expect(query("lng=ja&page=2&field=mobility")).toEqual({ filter: { field: "mobility" }, ignored: [] });
  });

  it("takes the first of repeated values and trims blanks", () => {
    expect(query("field=mobility&field=supply_disposal&sector=+energy+")).toEqual({
      filter: { field: "mobility", sector: "energy" },
      ignored: [],
    });
  });

  it("does not accept inherited object keys as values", () => {
    expect(query("field=constructor&level=toString&country=__proto__")).toEqual({
      filter: {},
      ignored: ["field", "country", "level"],
    });
  });

  it("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, value) => {
        const params = new URLSearchParams([[key, value]]);
        const { filter, ignored } = parseCatalogueQuery(params);
        expect(Object.keys(filter).length + ignored.length).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("round-trips through catalogueQueryString", () => {
    const filterArbitrary = fc.record(
      {
        field: fc.constantFrom(...fieldsOfAction),
        approach: fc.constantFrom(...impactApproaches),
        depth: fc.constantFrom(1 as const, 2 as const, 3 as const),
        sector: fc.constantFrom(...sectors),
        country: fc.constantFrom(...countries),
        level: fc.constantFrom(...legalScopeLevels),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filterArbitrary, (filter) => {
        expect(query(catalogueQueryString(filter))).toEqual({ filter, ignored: [] });
      }),
    );
  });
});

describe("groupByField", () => {
  it("groups in the order of the fields of action and leaves out empty fields", () => {
    expect(groupByField([...measures].reverse()).map((g) => [g.field, g.measures.map((m) => m.id)])).toEqual([
      ["development_planning", ["DEV-01"]],
      ["supply_disposal", ["SUP-06", "SUP-01"]],
      ["mobility", ["MOB-13", "MOB-08"]],
    ]);
    expect(groupByField([])).toEqual([]);
  });
});

describe("isFiltered", () => {
  it("is false only for the empty filter", () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ depth: 1 })).toBe(true);
    expect(isFiltered({ country: "US" })).toBe(true);
  });
});

describe("on the published catalogue (version 1)", () => {
  const { measures: catalogue } = QuestionnaireVersion.parse(versionOneSource);
  const catalogueIds = (filter: CatalogueFilter) => filterCatalogue(catalogue, filter).map((m) => m.id);

  it("finds the 14 mobility measures", () => {
    expect(catalogueIds({ field: "mobility" })).toEqual(
      Array.from({ length: 14 }, (_, i) => `MOB-${String(i + 1).padStart(2, "0")}`),
    );
  });

  it("finds where Japanese municipalities have no legal scope", () => {
    expect(catalogueIds({ country: "JP", level: "none" })).toEqual(["SUP-06", "MOB-08", "MOB-10"]);
  });

  it("partitions the catalogue by sector", () => {
    const counts = sectors.map((sector) => catalogueIds({ sector }).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(catalogue.length);
  });

  it("a measure always matches its own classification", () => {
    for (const measure of catalogue) {
      expect(matchesCatalogueFilter(measure, { field: measure.field, sector: measure.sector })).toBe(true);
    }
  });
});
