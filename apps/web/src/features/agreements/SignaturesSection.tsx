import { useState } from 'react';
import { Button, Fieldset, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_PARTIES, MAX_PAGE_SIZE, type AgreementDto, type AgreementParty, type AgreementSignatureDto, type PartnershipDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { formatDate } from '../../lib/format';
import { useDocuments } from '../documents/documents-api';
import { useRecordSignatures } from './agreements-api';

type Values = Record<AgreementParty, { signatory: string; signedOn: string }>;

const valuesOf = (a: AgreementDto): Values =>
  Object.fromEntries(AGREEMENT_PARTIES.map((p) => [p, { signatory: a.signatures[p]?.signatory ?? '', signedOn: a.signatures[p]?.signedOn ?? '' }])) as Values;

/** A party's signature to send: both name and date, nothing when both are empty; undefined when only one is given. */
export function signatureOf(v: { signatory: string; signedOn: string }): AgreementSignatureDto | null | undefined {
  const signatory = v.signatory.trim();
  if (!signatory && !v.signedOn) return null;
  return signatory && v.signedOn ? { signatory, signedOn: v.signedOn } : undefined;
}

/** The three signatures and the signed copy: shown to every reader, recorded by whom the server allows. */
export function SignaturesSection({ agreement, p }: { agreement: AgreementDto; p: PartnershipDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const save = useRecordSignatures(p.id);
  const copies = useDocuments(p.id, { category: 'partnership_agreement' }, 1, MAX_PAGE_SIZE);
  const [values, setValues] = useState<Values>(() => valuesOf(agreement));
  const [copy, setCopy] = useState(agreement.signedDocument?.id ?? '');
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState(false);
  const names: Record<AgreementParty, string> = {
    home: t('agreements.signatures.home', { name: p.homeMunicipality.name }),
    partner: t('agreements.signatures.partner', { name: p.partnerMunicipality.name }),
    ks: t('agreements.signatures.ks'),
  };
  const editable = (party: AgreementParty) => agreement.can.sign.includes(party);
  const invalid = AGREEMENT_PARTIES.filter((party) => signatureOf(values[party]) === undefined);
  const set = (party: AgreementParty, change: Partial<Values[AgreementParty]>) => {
    setSaved(false);
    setValues((v) => ({ ...v, [party]: { ...v[party], ...change } }));
  };

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (invalid.length) return document.getElementById(`agreement-${invalid[0]}-signatory`)?.focus();
    const signatures = Object.fromEntries(AGREEMENT_PARTIES.map((party) => [party, signatureOf(values[party])])) as Record<AgreementParty, AgreementSignatureDto | null>;
    save.mutate({ ...signatures, signedDocumentId: copy || null, version: agreement.version }, { onSuccess: () => setSaved(true) });
  };

  return (
    <section aria-labelledby="agreement-signatures-heading" className="section">
      <Heading level={2} data-size="sm" id="agreement-signatures-heading">
        {t('agreements.signatures.heading')}
      </Heading>
      <ul className="plain-list">
        {AGREEMENT_PARTIES.map((party) => {
          const s = agreement.signatures[party];
          return (
            <li key={party}>
              <strong>{names[party]}:</strong>{' '}
              {s ? t('agreements.signatures.signedBy', { name: s.signatory, date: formatDate(s.signedOn, lang) }) : t('agreements.signatures.notSigned')}
            </li>
          );
        })}
        <li>
          <strong>{t('agreements.signatures.signedCopy')}:</strong> {agreement.signedDocument?.fileName ?? t('agreements.signatures.noCopy')}
        </li>
      </ul>
      {agreement.can.sign.length > 0 && (
        <form className="form-stack" onSubmit={onSubmit} noValidate>
          <Paragraph data-size="sm">{t('agreements.signatures.activeHint')}</Paragraph>
          {AGREEMENT_PARTIES.filter(editable).map((party) => (
            <Fieldset key={party} className="item-card">
              <Fieldset.Legend>{names[party]}</Fieldset.Legend>
              <Textfield
                id={`agreement-${party}-signatory`}
                label={t('agreements.signatures.signatory')}
                value={values[party].signatory}
                onChange={(e) => set(party, { signatory: e.target.value })}
                error={tried && invalid.includes(party) ? t('agreements.signatures.bothOrNeither') : undefined}
              />
              <Textfield
                id={`agreement-${party}-signedOn`}
                label={t('agreements.signatures.signedOn')}
                type="date"
                value={values[party].signedOn}
                onChange={(e) => set(party, { signedOn: e.target.value })}
              />
            </Fieldset>
          ))}
          <SelectField
            id="agreement-signed-copy"
            label={t('agreements.signatures.chooseCopy')}
            description={copies.data?.items.length === 0 ? t('agreements.signatures.noDocuments') : t('agreements.signatures.copyHint')}
            placeholder={t('agreements.signatures.noCopy')}
            value={copy}
            onChange={(v) => {
              setSaved(false);
              setCopy(v);
            }}
            options={(copies.data?.items ?? []).map((d) => ({ value: d.id, label: d.documentDate ? `${d.fileName} (${formatDate(d.documentDate, lang)})` : d.fileName }))}
          />
          <Paragraph data-size="sm">
            <Link asChild>
              <RouterLink to={`/partnerships/${p.id}/documents`}>{t('agreements.signatures.uploadLink')}</RouterLink>
            </Link>
          </Paragraph>
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('agreements.signatures.save')}
            </Button>
          </div>
          {saved && <SuccessAlert>{t('agreements.signatures.saved')}</SuccessAlert>}
          {save.isError && <ErrorAlert error={save.error} />}
        </form>
      )}
    </section>
  );
}
