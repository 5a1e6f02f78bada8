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

export const indicatorColour = {
  displaced: palette.blue,
  killed: palette.vermillion,
  injured: palette.orange,
} as const;
