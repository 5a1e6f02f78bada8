import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

/** Only addresses on the public internet: a webhook must not reach this server's own network (loopback, private, link-local …). */
function isPublic(address: string): boolean {
  const parsed = ipaddr.process(address);
  return parsed.range() === "unicast";
}

export class WebhookTargetError extends Error {}

/**
 * Checks a webhook's address before it is saved and again before each
 * delivery (a name may point elsewhere by then): http(s) only, and every
 * address the name resolves to public, unless WEBHOOK_ALLOW_PRIVATE=1 (tests,
 * a closed network). Answers the address to connect to.
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
  if (process.env.WEBHOOK_ALLOW_PRIVATE === "1") return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    throw new WebhookTargetError(`its host '${host}' does not resolve`);
  }
  const blocked = addresses.find((address) => !isPublic(address));
  if (blocked) throw new WebhookTargetError(`its host resolves to ${blocked}, a private, loopback or reserved address; webhooks go to public addresses only`);
  return url;
}
