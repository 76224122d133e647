import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AgreementAmendmentInput, AgreementDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { formatDate } from '../../lib/format';
import { useAddAmendment } from './agreements-api';

const FIELDS = ['what', 'why', 'effectiveOn', 'approvedBy', 'approvedOn'] as const;
const EMPTY: AgreementAmendmentInput = { what: '', why: '', effectiveOn: '', approvedBy: '', approvedOn: '' };

/** The fields left empty, in form order. */
export const missingAmendmentFields = (v: AgreementAmendmentInput) => FIELDS.filter((f) => !v[f].trim());

/** The amendments, newest first, and the programme office's form to record one. */
export function AmendmentsSection({ agreement, partnershipId }: { agreement: AgreementDto; partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const add = useAddAmendment(partnershipId);
  const [values, setValues] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState(false);
  const missing = missingAmendmentFields(values);
  const error = (f: (typeof FIELDS)[number]) => (tried && missing.includes(f) ? t('agreements.amendments.required') : undefined);
  const set = (f: (typeof FIELDS)[number], value: string) => {
    setAdded(false);
    setValues((v) => ({ ...v, [f]: value }));
  };

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing.length) return document.getElementById(`amendment-${missing[0]}`)?.focus();
    add.mutate(values, {
      onSuccess: () => {
        setValues(EMPTY);
        setTried(false);
        setAdded(true);
      },
    });
  };

  return (
    <section aria-labelledby="agreement-amendments-heading" className="section">
      <Heading level={2} data-size="sm" id="agreement-amendments-heading">
        {t('agreements.amendments.heading')}
      </Heading>
      {agreement.amendments.length === 0 ? (
        <Paragraph>{t('agreements.amendments.empty')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {agreement.amendments.map((a) => (
            <li key={a.id} className="item-card">
              <Paragraph>
                <strong>{a.what}</strong>
              </Paragraph>
              <Paragraph>{a.why}</Paragraph>
              <Paragraph data-size="sm">
                {t('agreements.amendments.approvedLine', { effectiveOn: formatDate(a.effectiveOn, lang), approvedBy: a.approvedBy, approvedOn: formatDate(a.approvedOn, lang) })}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {agreement.can.amend && (
        <form className="form-stack" onSubmit={onSubmit} noValidate aria-labelledby="amendment-form-heading">
          <Heading level={3} data-size="xs" id="amendment-form-heading">
            {t('agreements.amendments.formHeading')}
          </Heading>
          <Textfield id="amendment-what" label={t('agreements.amendments.what')} multiline rows={3} value={values.what} onChange={(e) => set('what', e.target.value)} error={error('what')} />
          <Textfield id="amendment-why" label={t('agreements.amendments.why')} multiline rows={3} value={values.why} onChange={(e) => set('why', e.target.value)} error={error('why')} />
          <Textfield id="amendment-effectiveOn" label={t('agreements.amendments.effectiveOn')} type="date" value={values.effectiveOn} onChange={(e) => set('effectiveOn', e.target.value)} error={error('effectiveOn')} />
          <Textfield id="amendment-approvedBy" label={t('agreements.amendments.approvedBy')} value={values.approvedBy} onChange={(e) => set('approvedBy', e.target.value)} error={error('approvedBy')} />
          <Textfield id="amendment-approvedOn" label={t('agreements.amendments.approvedOn')} type="date" value={values.approvedOn} onChange={(e) => set('approvedOn', e.target.value)} error={error('approvedOn')} />
          <div>
            <Button type="submit" loading={add.isPending}>
              {t('agreements.amendments.add')}
            </Button>
          </div>
          {added && <SuccessAlert>{t('agreements.amendments.added')}</SuccessAlert>}
          {add.isError && <ErrorAlert error={add.error} />}
        </form>
      )}
    </section>
  );
}
