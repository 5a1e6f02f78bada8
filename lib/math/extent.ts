/**
 * The smallest and largest of many numbers, by a loop: Math.min(...values)
 * passes each value as an argument and overflows the call stack somewhere
 * past 100,000 of them, which a claim group or an import can reach.
 */
export function extentOf(values: Iterable<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { min, max };
}

export const minOf = (values: Iterable<number>) => extentOf(values).min;
export const maxOf = (values: Iterable<number>) => extentOf(values).max;
