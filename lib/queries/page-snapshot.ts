import "server-only";
import { cache } from "react";
import { knownDataVersion } from "@/lib/data-version/known";
import { currentSnapshot } from "./read-model";
import { currentSituationSnapshot } from "./situation-model";

/**
 * The data version a render is stamped with (lib/cache/README.md), taken
 * once, as the render starts (lib/i18n/page-locale.ts): every read model the
 * page then reads is at least that new, so a page is never stamped newer
 * than what it shows. A write meanwhile only makes the page stale at once.
 */
export const renderVersion = cache((): number => knownDataVersion());

/** The whole database's read model for one render: the global lists (claims, accounts, sources, changes). */
export const pageSnapshot = cache(currentSnapshot);

/** One situation's read model for one render: its pages never build the other situations'. */
export const pageSituationSnapshot = cache(currentSituationSnapshot);
