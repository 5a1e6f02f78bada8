import type { Locale } from "./locales";

export type TextDirection = "ltr" | "rtl";

/**
 * The shape another locale must give for a message object written `as const`
 * in English: every key, each string any string, each function the same
 * parameters. A missing key or a changed signature fails the type check.
 */
export type Translation<T> = T extends TextDirection
  ? TextDirection
  : T extends Locale
    ? Locale
    : T extends string
      ? string
      : T extends (...args: infer A) => infer R
        ? (...args: A) => R extends string ? string : R
        : T extends readonly unknown[]
          ? T
          : { readonly [K in keyof T]: Translation<T[K]> };
