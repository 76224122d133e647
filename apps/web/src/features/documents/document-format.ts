import type { TFunction } from 'i18next';
import {
  DOCUMENT_MAX_BYTES,
  PER_MUNICIPALITY_CATEGORIES,
  type DocumentCategory,
  type DocumentDto,
  type MunicipalitySide,
} from '@mic/domain';
import { ApiError, isApiError } from '../../api/client';
import type { DocumentMetadata } from './documents-api';

/** What the file picker offers; the server still decides the type from the content, not the name. */
export const DOCUMENT_ACCEPT = '.pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg';
export const DOCUMENT_MAX_MB = DOCUMENT_MAX_BYTES / 1024 / 1024;
/** The interface languages, always offered for a document beside the partnership's and the programme's. */
const INTERFACE_LANGUAGES = ['en', 'nb', 'es'];

/** "12 kB", "3.4 MB" in the interface language (1 kB = 1024 bytes, as file managers count). */
export function formatBytes(bytes: number, lang: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** The first twelve hex digits: enough to compare by eye; the full hash is given beside it. */
export const shortSha = (sha256: string) => sha256.slice(0, 12);

export const needsSide = (category: string) => (PER_MUNICIPALITY_CATEGORIES as readonly string[]).includes(category);

/** The partnership's working language first, then the interface languages and the programme's, once each. */
export function documentLanguages(workingLanguage: string, programmeLanguages: readonly string[] = []): string[] {
  return [...new Set([workingLanguage, ...INTERFACE_LANGUAGES, ...programmeLanguages].filter(Boolean))];
}

/** The metadata fields as the form holds them: '' for not chosen. */
export interface MetadataValues {
  category: DocumentCategory | '';
  side: MunicipalitySide | '';
  language: string;
  documentDate: string;
}

export type MetadataField = keyof MetadataValues;
export type UploadField = 'file' | MetadataField;
export const UPLOAD_FIELDS: readonly UploadField[] = ['file', 'category', 'side', 'language', 'documentDate'];

export const metadataOf = (d: DocumentDto): MetadataValues => ({
  category: d.category,
  side: d.side ?? '',
  language: d.language ?? '',
  documentDate: d.documentDate ?? '',
});

/** The values to send: a side only where the category keeps one per municipality. */
export function toMetadata(v: MetadataValues): DocumentMetadata {
  return {
    category: v.category as DocumentCategory,
    side: needsSide(v.category) && v.side ? v.side : null,
    language: v.language || null,
    documentDate: v.documentDate || null,
  };
}

/** What is missing or wrong in the metadata, field by field. */
export function validateMetadata(t: TFunction, v: MetadataValues): Partial<Record<MetadataField, string>> {
  const e: Partial<Record<MetadataField, string>> = {};
  if (!v.category) e.category = t('documents.form.categoryRequired');
  if (needsSide(v.category) && !v.side) e.side = t('documents.form.sideRequired');
  return e;
}

/** What is wrong with the chosen file before it is sent: none chosen, or larger than the limit. */
export function fileProblem(t: TFunction, file: File | null): string | undefined {
  if (!file) return t('documents.form.fileRequired');
  if (file.size > DOCUMENT_MAX_BYTES) return t('documents.form.fileTooLarge', { mb: DOCUMENT_MAX_MB });
  if (file.size === 0) return t('errors.DOCUMENT_EMPTY');
  return undefined;
}

/**
 * The refusals that concern the file itself (its type, its size, an empty file) come as problems
 * without a field; they are given the field `file`, so the form shows them there and in the summary.
 */
export function asFileError(t: TFunction, error: unknown): unknown {
  if (!isApiError(error)) return error;
  const message =
    error.status === 413 || error.code === 'BODY_TOO_LARGE'
      ? t('documents.form.fileTooLarge', { mb: DOCUMENT_MAX_MB })
      : error.code === 'DOCUMENT_TYPE_NOT_ALLOWED' || error.code === 'DOCUMENT_EMPTY'
        ? error.detail || t(`errors.${error.code}`)
        : null;
  if (message === null) return error;
  return new ApiError(error.status, error.code, message, [{ code: error.code, field: 'file', message }]);
}

/** A server error's field path, as the upload form names its fields ('' when it names none of them). */
export function uploadFieldOf(path: string): UploadField | '' {
  if (path === 'fileName') return 'file';
  return (UPLOAD_FIELDS as readonly string[]).includes(path) ? (path as UploadField) : '';
}
