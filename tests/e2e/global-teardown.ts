import fs from "node:fs";
import { E2E_DATA_DIR } from "../../playwright.config";

/** Leave nothing behind: the browser tests' database goes with them. */
export default function globalTeardown() {
  fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });
}
