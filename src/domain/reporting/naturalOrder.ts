import { Objective } from '../model';

/**
 * The one order the report lists items in: plan objectives in the plan's order, and references
 * in "natural" order, so `1.a.` < `1.b.` < `1.10.` and `R2` < `R10`. Challenge references are
 * numbered in this order, so it must never depend on input order.
 */

function tokensOf(ref: string): string[] {
  return ref.toLowerCase().match(/\d+|[a-z]+|[^a-z\d]+/g) || [];
}

function isNumberToken(token: string): boolean {
  return /^\d/.test(token);
}

/** Compares two references naturally: numbers by value, letters before numbers at a position. */
export function compareRefs(a: string, b: string): number {
  const left = tokensOf(a);
  const right = tokensOf(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    const xIsNumber = isNumberToken(x);
    const yIsNumber = isNumberToken(y);
    if (xIsNumber && yIsNumber) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) {
        return difference;
      }
    } else if (xIsNumber !== yIsNumber) {
      // Lettered steps (`1.b.`) come before numbered ones (`1.10.`) at the same level.
      return xIsNumber ? 1 : -1;
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  if (left.length !== right.length) {
    return left.length - right.length;
  }
  // Only spelling differs (`1.A.` / `1.a.`, `01` / `1`): still decide, so sorting is stable.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders objective references: the plan's objectives by their position in the plan, then any
 * reference the plan does not list, naturally.
 */
export function objectiveOrder(objectives: readonly Objective[]): (a: string, b: string) => number {
  const position = new Map<string, number>();
  objectives.forEach((objective, index) => {
    if (!position.has(objective.ref)) {
      position.set(objective.ref, index);
    }
  });
  return (a, b) => {
    const left = position.get(a);
    const right = position.get(b);
    if (left !== undefined && right !== undefined) {
      return left - right;
    }
    if (left !== undefined || right !== undefined) {
      return left !== undefined ? -1 : 1;
    }
    return compareRefs(a, b);
  };
}

/** Objective references items point at that the plan does not list, in natural order. */
export function unlistedObjectiveRefs(objectives: readonly Objective[], referenced: readonly string[]): string[] {
  const listed = new Set<string>(objectives.map((objective) => objective.ref));
  const unlisted = new Set<string>();
  referenced.forEach((ref) => {
    if (!listed.has(ref)) {
      unlisted.add(ref);
    }
  });
  return Array.from(unlisted).sort(compareRefs);
}
