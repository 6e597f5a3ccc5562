/** Uniform printing of benchmark figures, so every suite reads the same. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Optional budget: the figure should stay at or below (or above, for throughput) it. */
  budget?: { limit: number; better: "lower" | "higher" };
}

export function printFigures(suite: string, figures: readonly Figure[]) {
  console.log(`\n## ${suite}`);
  for (const figure of figures) {
    const value = Number.isInteger(figure.value) ? figure.value.toString() : figure.value.toFixed(2);
    let verdict = "";
    if (figure.budget) {
      const within =
        figure.budget.better === "lower" ? figure.value <= figure.budget.limit : figure.value >= figure.budget.limit;
      verdict = `  [budget ${figure.budget.better === "lower" ? "≤" : "≥"} ${figure.budget.limit} ${figure.unit}: ${within ? "met" : "MISSED"}]`;
    }
    console.log(`  ${figure.name.padEnd(58)} ${value.padStart(10)} ${figure.unit}${verdict}`);
  }
}

export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

export function percentile(sortedAscending: readonly number[], p: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  const index = Math.min(sortedAscending.length - 1, Math.ceil((p / 100) * sortedAscending.length) - 1);
  return sortedAscending[Math.max(0, index)] ?? Number.NaN;
}
