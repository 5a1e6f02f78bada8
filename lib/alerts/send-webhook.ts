import { createHmac } from "node:crypto";
import { checkWebhookTarget } from "./webhook-target";

/** `sha256=<hex>` of the body under the webhook's secret: what the receiver recomputes to know the delivery is ours and whole. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

const TIMEOUT_MS = 10_000;

/**
 * POSTs the JSON body, signed. A redirect, a non-2xx answer or no answer
 * within 10 s is a failure, retried later; the answer's body is not read
 * beyond its status (nothing from a target is trusted).
 */
export async function sendWebhook(target: string, secret: string, body: string, deliveryId: string): Promise<void> {
  const url = await checkWebhookTarget(target);
  const response = await fetch(url, {
    method: "POST",
    redirect: "manual",
    signal: AbortSignal.timeout(TIMEOUT_MS),
    headers: { "Content-Type": "application/json", "User-Agent": "Sitrep-Webhook/1", "X-Sitrep-Signature": webhookSignature(secret, body), "X-Sitrep-Delivery": deliveryId },
    body,
  });
  await response.body?.cancel().catch(() => {});
  if (response.status < 200 || response.status > 299) throw new Error(`HTTP ${response.status} from ${url.host}`);
}
