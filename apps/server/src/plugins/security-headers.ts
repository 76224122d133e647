import fp from 'fastify-plugin';

/**
 * Scripts only from this origin (no inline script, no eval), no framing by any site; styles may be
 * inline (the design system sets some). A route may set a stricter policy of its own (a downloaded
 * document is sandboxed).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** Browsers remember for a year to come back over HTTPS only, subdomains included. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** Conservative browser security headers on every response; HSTS when the site is served over HTTPS. */
export const securityHeaders = fp<{ hsts?: boolean }>(async (app, opts) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    if (opts.hsts) reply.header('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    const own = reply.getHeader('content-security-policy');
    if (own === undefined) reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    // A route's own policy (a sandboxed download) may not be framed by another site either.
    else if (!String(own).includes('frame-ancestors')) reply.header('content-security-policy', `${String(own)}; frame-ancestors 'none'`);
  });
});
