import { writeRoute } from "@/lib/http/write-route";
import { endSubscription, publicSubscription } from "@/lib/write/subscriptions";

/** Ends one of the editor's subscriptions (an admin's: anyone's); nothing more is sent to it. */
export const DELETE = writeRoute("editor", async ({ db, actor }, _request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  return Response.json(publicSubscription(await endSubscription(db, id, actor)));
});
