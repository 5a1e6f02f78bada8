import type { Indicator } from "@/lib/model";

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision
 * deficiencies, and of different lightness so they survive greyscale print.
 */
export const palette = {
  blue: "#0072B2",
  vermillion: "#D55E00",
  orange: "#E69F00",
  green: "#009E73",
  purple: "#CC79A7",
  sky: "#56B4E9",
  yellow: "#F0E442",
  black: "#000000",
} as const;

/** One colour per indicator, so a shading means the same on every situation's map. */
export const indicatorColour: Record<Indicator, string> = {
  displaced: palette.blue,
  killed: palette.vermillion,
  injured: palette.orange,
  still_displaced: palette.sky,
  returned: palette.green,
  missing: palette.purple,
  evacuated: palette.yellow,
  arrived: palette.black,
  population: palette.black,
};
