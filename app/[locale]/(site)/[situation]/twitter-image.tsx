import OpenGraphImage, { generateImageMetadata } from "./opengraph-image";
import { getMessages } from "@/lib/i18n/messages";

// The same picture for X/Twitter's large card; Next reads these settings from this file itself.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = getMessages().summary.ogAlt(getMessages().app.tagline);
export const dynamic = "force-dynamic";

export { generateImageMetadata };
export default OpenGraphImage;
