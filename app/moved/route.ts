import { currentSituations } from "@/lib/queries/situation-model";
import { defaultSituationOf } from "@/lib/situations/membership";
import { movedAddress } from "@/lib/http/moved-addresses";
import { readRoute } from "@/lib/http/read-route";

/**
 * Old addresses of pages that now live under a situation (the proxy sends
 * them here with `from`): a permanent redirect to the default situation's
 * page, the query kept, so links and embeds published before keep working.
 */
export const GET = readRoute(async (request: Request) => {
  const url = new URL(request.url);
  // A rewrite may hand the route the reader's own address rather than the rewritten one: either says where they were going.
  const asked = url.searchParams.get("from");
  const from = asked !== null && url.pathname === "/moved" ? new URL(asked, url) : url;
  const situation = defaultSituationOf(await currentSituations())?.id;
  const to = situation ? movedAddress(from.pathname, situation) : null;
  if (!to) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(null, { status: 308, headers: { Location: `${to}${from.search}`, "Cache-Control": "public, max-age=300" } });
});
