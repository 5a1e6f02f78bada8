import autocannon from "autocannon";

export interface LoadResult {
  path: string;
  requestsPerSecond: number;
  p99Ms: number;
  errors: number;
}

/** What a browser says it accepts; without it every response goes uncompressed. */
export const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br, zstd" };

/**
 * autocannon at 50 connections: requests a second, p99 latency, and every
 * error, timeout or non-2xx counted. A short run first warms the server's JIT
 * and caches, which a long-running server has.
 */
export async function load(base: string, path: string, { connections = 50, duration = 10, headers = {} as Record<string, string> } = {}): Promise<LoadResult> {
  await autocannon({ url: `${base}${path}`, connections, duration: 2, headers });
  const result = await autocannon({ url: `${base}${path}`, connections, duration, headers });
  return {
    path,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}
