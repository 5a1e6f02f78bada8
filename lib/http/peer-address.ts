import http from "node:http";
import { peerAddressHeader } from "@/lib/auth/request-facts";

const STAMPED = Symbol.for("sitrep.peerAddressStamped");

/**
 * Next fills X-Forwarded-For with the connection's address only when a request
 * has none (`??=`), so without a proxy in front a client picks the address the
 * sign-in limit counts and the audit log records. Stamping the socket's
 * address on every request, before Next sees it, gives clientAddress() a value
 * no client can set. Node looks `emit` up on the prototype at each call, so
 * servers created before this runs are covered too.
 */
export function stampPeerAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [STAMPED]?: true };
  if (proto[STAMPED]) return;
  const header = peerAddressHeader();
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[header] = request.socket?.remoteAddress ?? "unknown";
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
  proto[STAMPED] = true;
}
