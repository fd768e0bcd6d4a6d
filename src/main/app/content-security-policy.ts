/**
 * The renderer's Content-Security-Policy. Scripts only from our own files;
 * inline styles are allowed because MUI (emotion) injects style tags; product
 * images may come from any https host. Served as a header in web mode and
 * checked against the <meta> tag of the built index.html by a test.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
