import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { DOCUMENT_MAX_BYTES } from '@mic/domain';
import { ApiError } from '../../api/client';
import { asFileError, documentLanguages, fileProblem, formatBytes, toMetadata, uploadFieldOf, validateMetadata } from './document-format';
import { parseDocumentFilters } from './document-filters';

// Keys come back as they are, so the tests see which message was chosen.
const t = ((key: string) => key) as unknown as TFunction;
const file = (size: number, name = 'a.pdf') => new File([new Uint8Array(size)], name);

describe('documents helpers', () => {
  it('writes sizes as a person reads them, in the interface language', () => {
    expect(formatBytes(512, 'en')).toBe('512 byte');
    expect(formatBytes(2048, 'en')).toBe('2 kB');
    expect(formatBytes(3.5 * 1024 * 1024, 'en')).toBe('3.5 MB');
    expect(formatBytes(3.5 * 1024 * 1024, 'nb')).toMatch(/^3,5\sMB$/);
  });

  it('offers the working language first, then en, nb, es and the programme languages, once each', () => {
    expect(documentLanguages('es', ['en', 'es', 'fr'])).toEqual(['es', 'en', 'nb', 'fr']);
  });

  it('asks for a municipality only for a council decision or a Code of Ethics, and sends none otherwise', () => {
    expect(validateMetadata(t, { category: 'council_decision', side: '', language: 'nb', documentDate: '' })).toEqual({
      side: 'documents.form.sideRequired',
    });
    expect(validateMetadata(t, { category: '', side: '', language: 'nb', documentDate: '' })).toEqual({ category: 'documents.form.categoryRequired' });
    expect(toMetadata({ category: 'audit_report', side: 'home', language: '', documentDate: '2027-01-31' })).toEqual({
      category: 'audit_report',
      side: null,
      language: null,
      documentDate: '2027-01-31',
    });
  });

  it('refuses a missing, empty or oversized file before sending it', () => {
    expect(fileProblem(t, null)).toBe('documents.form.fileRequired');
    expect(fileProblem(t, file(0))).toBe('errors.DOCUMENT_EMPTY');
    expect(fileProblem(t, file(10))).toBeUndefined();
    expect(fileProblem(t, { size: DOCUMENT_MAX_BYTES + 1 } as File)).toBe('documents.form.fileTooLarge');
  });

  it('puts the server’s refusal of the file at the file field', () => {
    const wrongType = asFileError(t, new ApiError(422, 'DOCUMENT_TYPE_NOT_ALLOWED', 'Not accepted.')) as ApiError;
    expect(wrongType.errors).toEqual([{ code: 'DOCUMENT_TYPE_NOT_ALLOWED', field: 'file', message: 'Not accepted.' }]);
    const tooLarge = asFileError(t, new ApiError(413, 'BODY_TOO_LARGE', 'The request is too large.')) as ApiError;
    expect(tooLarge.errors[0]).toMatchObject({ field: 'file', message: 'documents.form.fileTooLarge' });
    const other = new ApiError(403, 'FORBIDDEN', 'No.');
    expect(asFileError(t, other)).toBe(other);
    expect(uploadFieldOf('fileName')).toBe('file');
    expect(uploadFieldOf('side')).toBe('side');
    expect(uploadFieldOf('version')).toBe('');
  });

  it('keeps only a known category from the address', () => {
    expect(parseDocumentFilters(new URLSearchParams('category=code_of_ethics&page=2'))).toEqual({ filters: { category: 'code_of_ethics' }, page: 2 });
    expect(parseDocumentFilters(new URLSearchParams('category=nonsense'))).toEqual({ filters: {}, page: 1 });
  });
});
