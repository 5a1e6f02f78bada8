/** A readable cookie that only says "someone signed in here": public pages then ask /api/session who. Never trusted. */
export const SIGNED_IN_HINT = "sitrep_signed_in";
