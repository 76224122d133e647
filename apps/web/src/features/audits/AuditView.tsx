import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { auditMissingFields, type AuditDto } from '@mic/domain';
import { Facts } from '../../components/Facts';
import { formatDate, formatDateTime } from '../../lib/format';
import { documentContentUrl } from '../documents/documents-api';
import { CompleteTag, OpinionTag } from './audit-labels';

/** Whether the audit holds everything the programme needs, and if not, what it still lacks. */
export function CompletenessNote({ audit }: { audit: AuditDto }) {
  const { t, i18n } = useTranslation();
  const missing = auditMissingFields(audit);
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="audit-missing">
      <Paragraph>
        {t('audits.page.state')} <CompleteTag complete={audit.complete} />
        {audit.updatedByName && <span className="subtle"> {t('audits.page.updatedBy', { name: audit.updatedByName, at: formatDateTime(audit.updatedAt, lang) })}</span>}
      </Paragraph>
      {!audit.complete && missing.length > 0 && (
        <Alert data-color="info" className="page-alert">
          <Heading level={2} data-size="xs">
            {t('audits.page.missingHeading')}
          </Heading>
          <ul>
            {missing.map((f) => (
              <li key={f}>{t(`audits.missing.${f}`)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </div>
  );
}

interface Props {
  audit: AuditDto;
  partnershipId: string;
  documentName: (id: string) => string | null;
}

/** The audit as the coordinators, donors and viewers read it. */
export function AuditView({ audit: a, partnershipId, documentName }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const date = (d: string | null) => (d ? formatDate(d, lang) : '–');
  const yesNo = (b: boolean) => (b ? t('audits.yes') : t('audits.no'));
  const doc = (id: string | null) =>
    id ? (
      <Link href={documentContentUrl(partnershipId, id)} download>
        {documentName(id) ?? t('audits.page.download')}
      </Link>
    ) : (
      '–'
    );
  return (
    <>
      <section aria-labelledby="audit-facts-heading" className="section">
        <Heading level={2} data-size="sm" id="audit-facts-heading">
          {t('audits.form.engagement')}
        </Heading>
        <Facts
          rows={[
            [t('audits.fields.firm'), a.firm || '–'],
            [t('audits.fields.auditorName'), a.auditorName || '–'],
            [t('audits.fields.period'), a.periodStart || a.periodEnd ? `${date(a.periodStart)} – ${date(a.periodEnd)}` : '–'],
            [t('audits.fields.standard'), a.standard || '–'],
            [t('audits.fields.opinion'), <OpinionTag opinion={a.opinion} />],
            [t('audits.fields.reasonableAssurance'), yesNo(a.reasonableAssurance)],
            [t('audits.fields.termsKept'), yesNo(a.termsKept)],
            [t('audits.fields.reportDocument'), doc(a.reportDocumentId)],
            [t('audits.fields.managementLetter'), doc(a.managementLetterDocumentId)],
          ]}
        />
      </section>
      <section aria-labelledby="audit-findings-heading" className="section">
        <Heading level={2} data-size="sm" id="audit-findings-heading">
          {t('audits.form.findings')}
        </Heading>
        {a.findings.length === 0 ? (
          <Paragraph>{t('audits.page.noFindings')}</Paragraph>
        ) : (
          <div className="table-scroll">
            <Table zebra className="data-table">
              <caption className="visually-hidden">{t('audits.page.findingsCaption', { year: a.year })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('audits.fields.finding')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('audits.fields.action')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('audits.fields.due')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('audits.fields.findingStatus')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {a.findings.map((f) => (
                  <Table.Row key={f.id}>
                    <Table.Cell className="pre-line">{f.finding}</Table.Cell>
                    <Table.Cell className="pre-line">{f.action || '–'}</Table.Cell>
                    <Table.Cell>{date(f.due)}</Table.Cell>
                    <Table.Cell>{t(`audits.findingStatuses.${f.status}`)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
