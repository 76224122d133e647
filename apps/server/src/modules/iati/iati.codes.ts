/** The platform's values mapped to IATI codes (the codelists in ../shared/iati/codelists say what each means). */

// DocumentCategory (A = activity level): agreement = memorandum of understanding, baseline = pre-project appraisal, …
const DOCUMENT_CATEGORY: Record<string, string> = {
  council_decision: 'A02',
  international_strategy: 'A02',
  code_of_ethics: 'A04',
  partnership_agreement: 'A09',
  annual_meeting_minutes: 'A07',
  baseline_study: 'A01',
  audit_report: 'A07',
  management_letter: 'A07',
  other: 'A02',
};

export function documentCategoryCode(category: string): string {
  return DOCUMENT_CATEGORY[category] ?? 'A02';
}

// FileFormat is the IANA media types list; a type outside the few we accept is sent as a generic binary.
const KNOWN_FORMATS = new Set([
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.oasis.opendocument.text',
  'image/png',
  'image/jpeg',
  'text/plain',
  'text/csv',
]);

export function fileFormatOf(mediaType: string): string {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  return KNOWN_FORMATS.has(type) ? type : 'application/octet-stream';
}

/**
 * The DAC sectors of a partnership's purposes (the first code of each purpose), with integer
 * percentages that add up to exactly 100: the remainder of the even split goes to the first ones.
 */
export function sectorShares(purposes: readonly string[], sectorsByPurpose: Record<string, string[]>): { code: string; percentage: number }[] {
  const codes = [...new Set(purposes.map((p) => sectorsByPurpose[p]?.[0]).filter((c): c is string => !!c))];
  if (codes.length === 0) return [];
  const share = Math.floor(100 / codes.length);
  const rest = 100 - share * codes.length;
  return codes.map((code, i) => ({ code, percentage: share + (i < rest ? 1 : 0) }));
}
