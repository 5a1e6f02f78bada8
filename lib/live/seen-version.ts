"use client";
/**
 * "New since you last looked", per browser: the data version this browser
 * last showed is kept in localStorage. The baseline is read once per page
 * load, before the page writes its own version there, so a figure that
 * arrives while the page is open is new, and so is one that arrived since
 * the last visit. A first visit marks nothing.
 */
const KEY = "sitrep:seen-version";

let baseline: number | null | undefined;

function renderedVersion(): number | null {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="sitrep-data-version"]');
  const version = Number(meta?.content);
  return Number.isFinite(version) ? version : null;
}

function stored(): number | null {
  try {
    const value = Number(localStorage.getItem(KEY));
    return value > 0 ? value : null;
  } catch {
    return null;
  }
}

/** The version this browser had seen before this page load; on a first visit, the one this page first showed. */
export function seenBaseline(): number | null {
  if (baseline === undefined) {
    baseline = stored() ?? renderedVersion();
    rememberSeen(renderedVersion());
  }
  return baseline;
}

/** What this page now shows becomes what the browser has seen, for its next visit. */
export function rememberSeen(version: number | null): void {
  if (version === null) return;
  try {
    if ((stored() ?? 0) < version) localStorage.setItem(KEY, String(version));
  } catch {
    // Private browsing without storage: nothing is marked, nothing breaks.
  }
}
