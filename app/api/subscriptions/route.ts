import { jsonBody, openWriteRoute, writeRoute } from "@/lib/http/write-route";
import { EmailAlertsOffError, NotAllowedError, createSubscription, publicSubscription, subscriptionsOf } from "@/lib/write/subscriptions";

/**
 * Subscribes to a situation's changes: `{kind: "email"|"webhook", target,
 * situation, indicators?, locations?, events?, digest?, locale?}`. Email:
 * anyone; 202, and a confirmation goes to the address (double opt-in); 503
 * when the site has no mail server. Webhook: editors; 201 with the signing
 * `secret`, shown this once.
 */
export const POST = openWriteRoute(async ({ db, actor }, request: Request) => {
  try {
    const { subscription, secret } = await createSubscription(db, await jsonBody(request), actor);
    if (subscription.kind === "webhook") return Response.json({ ...publicSubscription(subscription), secret }, { status: 201, headers: { Location: `/api/subscriptions/${subscription.id}` } });
    // The same answer whether the address was new, pending or already subscribed.
    return Response.json({ status: "pending", message: "Check your inbox: a confirmation link is on its way." }, { status: 202 });
  } catch (error) {
    if (error instanceof EmailAlertsOffError) return Response.json({ error: error.message }, { status: 503 });
    if (error instanceof NotAllowedError) return Response.json({ error: error.message }, { status: actor ? 403 : 401 });
    throw error;
  }
});

/** The signed-in editor's subscriptions (an admin's: every webhook too), each with its status and, if disabled, why. */
export const GET = writeRoute("editor", async ({ db, actor }) => Response.json({ subscriptions: (await subscriptionsOf(db, actor)).map(publicSubscription) }));
