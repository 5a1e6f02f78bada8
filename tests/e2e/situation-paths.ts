/** The bundled situation the browser tests read: its overview and pages live under its id (README, "Addresses"). */
export const SITUATION = "aleppo-2026";

/** A page of the bundled situation in a language: ("en", "/map") → "/en/aleppo-2026/map". */
export const situationPage = (locale: string, path = "") => `/${locale}/${SITUATION}${path}`;
