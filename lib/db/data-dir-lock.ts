import fs from "node:fs";
import path from "node:path";

export class DataDirBusyError extends Error {}

const LOCK_FILE = "sitrep.pid";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The process that owns DATA_DIR, or null when none is running. */
function dataDirOwner(dir: string): number | null {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, LOCK_FILE), "utf8"));
    return Number.isInteger(pid) && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * PGlite is one process's database: two processes writing one folder corrupt
 * it. The owner leaves its pid beside the data; anyone else is refused.
 */
export function acquireDataDirLock(dir: string): () => void {
  const owner = dataDirOwner(dir);
  if (owner !== null) {
    throw new DataDirBusyError(
      `The database in ${dir} is open in process ${owner} (the Sitrep server?). ` +
        "The server owns the database while it runs: stop it first, then run this command again.",
    );
  }
  fs.mkdirSync(dir, { recursive: true });
  const lockPath = path.join(dir, LOCK_FILE);
  fs.writeFileSync(lockPath, String(process.pid));
  const release = () => {
    try {
      if (fs.readFileSync(lockPath, "utf8") === String(process.pid)) fs.unlinkSync(lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.once("exit", release);
  return release;
}
