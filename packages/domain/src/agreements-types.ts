/** The partnership agreement (issue 6): template, signatures of both municipalities and KS, amendments. */

/** The languages an agreement template is kept in: the programme's working languages and Norwegian. */
export const AGREEMENT_LANGUAGES = ['en', 'nb', 'es'] as const;
export type AgreementLanguage = (typeof AGREEMENT_LANGUAGES)[number];

/** The three parties that sign: both municipalities and KS. */
export const AGREEMENT_PARTIES = ['home', 'partner', 'ks'] as const;
export type AgreementParty = (typeof AGREEMENT_PARTIES)[number];

/** The placeholders a template section may hold, filled from the partnership when the agreement is made. */
export const AGREEMENT_PLACEHOLDERS = [
  'title',
  'homeMunicipality',
  'partnerMunicipality',
  'partnerCountry',
  'purposes',
  'objectives',
  'budget',
  'period',
  'reportingDeadline',
  'workingLanguage',
] as const;
export type AgreementPlaceholder = (typeof AGREEMENT_PLACEHOLDERS)[number];

export interface AgreementTemplateSectionDto {
  heading: string;
  body: string;
}

export interface AgreementTemplateDto {
  language: AgreementLanguage;
  title: string;
  sections: AgreementTemplateSectionDto[];
  version: number;
  updatedAt: string;
}

export interface AgreementSignatureDto {
  signatory: string;
  signedOn: string;
}

export interface AgreementAmendmentDto {
  id: string;
  what: string;
  why: string;
  effectiveOn: string;
  approvedBy: string;
  approvedOn: string;
  recordedAt: string;
}

/** A partnership's agreement; `exists` false (and no signatures) before anything is recorded. */
export interface AgreementDto {
  partnershipId: string;
  exists: boolean;
  /** An application of the partnership is approved: the agreement can be generated. */
  ready: boolean;
  workingLanguage: string;
  /** The languages it can be downloaded in: the working language and Norwegian. */
  languages: AgreementLanguage[];
  signatures: Record<AgreementParty, AgreementSignatureDto | null>;
  signedDocument: { id: string; fileName: string } | null;
  amendments: AgreementAmendmentDto[];
  version: number;
  can: { sign: AgreementParty[]; amend: boolean };
}

export interface AgreementSignaturesInput {
  home: AgreementSignatureDto | null;
  partner: AgreementSignatureDto | null;
  ks: AgreementSignatureDto | null;
  signedDocumentId?: string | null;
  version: number;
}

export interface AgreementAmendmentInput {
  what: string;
  why: string;
  effectiveOn: string;
  approvedBy: string;
  approvedOn: string;
}
