/**
 * A Content-Disposition header that always downloads: an ASCII `filename` for old clients and the
 * exact name, UTF-8 and percent-encoded, in `filename*` (RFC 6266). Quotes, slashes and control
 * characters never reach the header.
 */
export function attachmentHeader(fileName: string, fallback = 'download'): string {
  const safe = fileName.replace(/[\\/]/g, '-').replace(/[\u0000-\u001f\u007f]/g, '');
  const ascii =
    safe
      .normalize('NFKD')
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\:;*?<>|]/g, '-')
      .replace(/\s+/g, ' ')
      .trim() || fallback;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe || fallback)}`;
}
