import { lookup, type LookupAddress } from "node:dns";
import ipaddr from "ipaddr.js";

/** Only addresses on the public internet: a webhook must not reach this server's own network (loopback, private, link-local …). */
function isPublic(address: string): boolean {
  return ipaddr.process(address).range() === "unicast";
}

const privateAllowed = () => process.env.WEBHOOK_ALLOW_PRIVATE === "1";

export class WebhookTargetError extends Error {}

const LOOKUP_TIMEOUT_MS = 5_000;

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new WebhookTargetError(`its host '${host}' did not resolve within ${LOOKUP_TIMEOUT_MS / 1000} s`)), LOOKUP_TIMEOUT_MS);
    lookup(host, { all: true, verbatim: true }, (error, addresses) => {
      clearTimeout(timer);
      if (error) reject(new WebhookTargetError(`its host '${host}' does not resolve`));
      else resolve(addresses);
    });
  });
}

/** The addresses a host resolves to, all public, or the error that names the first that is not. */
async function publicAddresses(host: string): Promise<LookupAddress[]> {
  const addresses = ipaddr.isValid(host) ? [{ address: host, family: ipaddr.parse(host).kind() === "ipv6" ? 6 : 4 }] : await resolveAll(host);
  const blocked = addresses.find((a) => !isPublic(a.address));
  if (blocked) throw new WebhookTargetError(`its host resolves to ${blocked.address}, a private, loopback or reserved address; webhooks go to public addresses only`);
  return addresses;
}

/**
 * Checks a webhook's address before it is saved: http(s) only, no
 * credentials, and every address the name resolves to public, unless
 * WEBHOOK_ALLOW_PRIVATE=1 (tests, a closed network).
 */
export async function checkWebhookTarget(target: string): Promise<URL> {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new WebhookTargetError("must be an http(s) URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new WebhookTargetError("must be an http(s) URL");
  if (url.username || url.password) throw new WebhookTargetError("must not carry a user name or password; put a token in the path instead");
  if (!privateAllowed()) await publicAddresses(url.hostname.replace(/^\[|\]$/g, ""));
  return url;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The DNS lookup a delivery connects with: the same check again at the moment
 * of connecting, on the very addresses it connects to, so a name that points
 * elsewhere since it was saved (or for this one request) cannot reach inside.
 */
export function checkedLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  const found = privateAllowed() ? resolveAll(hostname) : publicAddresses(hostname);
  found.then(
    (addresses) => (options.all ? callback(null, addresses) : callback(null, addresses[0].address, addresses[0].family)),
    (error: Error) => callback(Object.assign(error, { code: "EWEBHOOKTARGET" }), "", 0),
  );
}
