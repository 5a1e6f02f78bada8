/** The top of a value axis: the next 1, 2, 2.5 or 5 times a power of ten at or above `value`, so four steps read as round numbers. */
export function niceMax(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= value) ?? 10;
  return step * power;
}
