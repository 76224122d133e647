import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanFileName, sniffMediaType } from './documents.sniff';

describe('sniffMediaType', () => {
  it('knows the allowed types by their first bytes', () => {
    expect(sniffMediaType(Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xdb]))).toBe('image/jpeg');
  });

  it('refuses plain text, markup a browser would render, programs and unknown archives', () => {
    for (const s of ['Hello, Comalapa!\n', '\ufeffLínea de base', '<html><body>x</body></html>', '  <!DOCTYPE html>', '<svg onload="x()"/>', '<?xml version="1.0"?><svg/>', '<script>alert(1)</script>']) {
      expect(sniffMediaType(Buffer.from(s)), s).toBeNull();
    }
    expect(sniffMediaType(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))).toBeNull();
    expect(sniffMediaType(Buffer.from([0xc3, 0x28]))).toBeNull();
    expect(sniffMediaType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toBeNull();
  });

  it('property: never throws, and answers only an allowed type or null', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const type = sniffMediaType(Buffer.from(bytes));
        return type === null || typeof type === 'string';
      }),
    );
  });
});

describe('cleanFileName', () => {
  it('drops folders and control characters and keeps at most 200 characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\x\\línea\u0000 de base.pdf')).toBe('línea de base.pdf');
    expect(cleanFileName('  ')).toBe('document');
    expect(cleanFileName('a'.repeat(300))).toHaveLength(200);
  });
});
