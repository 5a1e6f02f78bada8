// @ts-check
/**
 * The one content security policy of every page. Scripts come from our origin
 * and, inline, only those the page itself carries: by hash for pages served
 * from the page cache, by nonce for pages rendered per request. Plain CommonJS
 * so the page cache handler, which Next loads outside the bundles, shares it.
 *
 * @param {{ scripts: string[]; embed: boolean }} options  `scripts`: "'sha256-…'" or "'nonce-…'" sources
 */
function contentSecurityPolicy({ scripts, embed }) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(" "),
    // Leaflet and React set style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only embeds may sit in another site's frame.
    `frame-ancestors ${embed ? "*" : "'self'"}`,
  ].join("; ");
}

module.exports = { contentSecurityPolicy };
