import { createHmac } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { checkedLookup, checkWebhookTarget } from "./webhook-target";

/** `sha256=<hex>` of the body under the webhook's secret: what the receiver recomputes to know the delivery is ours and whole. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

const TIMEOUT_MS = 10_000;

/**
 * POSTs the JSON body, signed, connecting only to addresses checked at
 * connect time. A redirect, a non-2xx answer or no answer within 10 s is a
 * failure, retried later; the answer's body is not read (nothing from a
 * target is trusted).
 */
export async function sendWebhook(target: string, secret: string, body: string, deliveryId: string): Promise<void> {
  const url = await checkWebhookTarget(target);
  const transport = url.protocol === "https:" ? https : http;
  const payload = Buffer.from(body, "utf8");
  const status = await new Promise<number>((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: "POST",
        lookup: checkedLookup as never,
        timeout: TIMEOUT_MS,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": payload.byteLength,
          "User-Agent": "Sitrep-Webhook/1",
          "X-Sitrep-Signature": webhookSignature(secret, body),
          "X-Sitrep-Delivery": deliveryId,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url.host} within ${TIMEOUT_MS / 1000} s`)));
    request.on("error", reject);
    request.end(payload);
  });
  if (status < 200 || status > 299) throw new Error(`HTTP ${status} from ${url.host}`);
}
