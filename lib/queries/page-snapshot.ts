import "server-only";
import { cache } from "react";
import { currentSnapshot } from "./read-model";

/**
 * The read model for one render: layout, metadata and page see the very same
 * version, which the layout writes into the page for the page cache to stamp.
 */
export const pageSnapshot = cache(currentSnapshot);
