import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MAX_PAGE_SIZE } from '@mic/domain';
import { isApiError } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SuccessAlert } from '../../components/SuccessAlert';
import { formatDate } from '../../lib/format';
import { useVersionedSave } from '../../lib/useVersionedSave';
import { isProgrammeOfficeUser, useCurrentUser } from '../auth/session';
import { useDocuments } from '../documents/documents-api';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { emptyAudit, valuesOfAudit } from './audit-form';
import { AuditForm } from './AuditForm';
import { AuditView, CompletenessNote } from './AuditView';
import { useAudit, useAudits, useCreateAudit, useUpdateAudit } from './audits-api';
import { unauditedYears } from './AuditsPage';
import './audits.css';

const is404 = (e: unknown) => isApiError(e) && e.status === 404;

/** The partnership's audit reports and management letters, to choose from ("file name (date)"). */
function useAuditDocuments(partnershipId: string) {
  const { i18n } = useTranslation();
  const reports = useDocuments(partnershipId, { category: 'audit_report' }, 1, MAX_PAGE_SIZE);
  const letters = useDocuments(partnershipId, { category: 'management_letter' }, 1, MAX_PAGE_SIZE);
  const lang = i18n.resolvedLanguage ?? 'en';
  const options = (q: typeof reports) =>
    (q.data?.items ?? []).map((d) => ({ value: d.id, label: d.documentDate ? `${d.fileName} (${formatDate(d.documentDate, lang)})` : d.fileName }));
  const names = new Map([...(reports.data?.items ?? []), ...(letters.data?.items ?? [])].map((d) => [d.id, d.fileName]));
  return { reports, letters, reportOptions: options(reports), letterOptions: options(letters), names };
}

/** /partnerships/:id/audits/:auditId (and …/new): an audit to read, or for the auditor and the office to record. */
export function AuditPage() {
  const { auditId = '' } = useParams();
  return auditId === 'new' ? <AuditCreatePage /> : <AuditEditPage auditId={auditId} />;
}

function AuditCreatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const partnership = usePartnership(id);
  const audits = useAudits(id);
  const docs = useAuditDocuments(id);
  const create = useCreateAudit(id);
  const p = partnership.data;
  const back = `/partnerships/${id}/audits`;

  if (is404(partnership.error) || is404(audits.error)) return <NotFoundPage />;
  if (p && !(isProgrammeOfficeUser(user) || p.myRole === 'auditor')) return <NotFoundPage />;
  const failed = [partnership, audits, docs.reports, docs.letters].find((q) => q.isError);
  const years = p && audits.data ? unauditedYears(p.startYear, p.endYear, audits.data.items) : null;
  const heading = t('audits.form.createHeading');

  return (
    <div className="form-page">
      <p className="back-link">
        <RouterLink to={back}>{t('audits.backToAudits')}</RouterLink>
      </p>
      <PageHeading title={p ? `${heading} – ${p.title}` : heading}>{heading}</PageHeading>
      {p && <Paragraph className="lead">{p.title}</Paragraph>}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (!years || !docs.reports.data || !docs.letters.data) && <Loading />}
      {years && years.length === 0 && <Paragraph>{t('audits.form.allAudited')}</Paragraph>}
      {years && years.length > 0 && docs.reports.data && docs.letters.data && (
        <AuditForm
          partnershipId={id}
          initial={emptyAudit()}
          years={years}
          reportOptions={docs.reportOptions}
          letterOptions={docs.letterOptions}
          submitLabel={t('audits.form.create')}
          cancelTo={back}
          onSubmit={async (input, year) => {
            const saved = await create.mutateAsync({ ...input, year });
            navigate(`/partnerships/${id}/audits/${saved.id}`, { state: { saved: 'created' } });
          }}
        />
      )}
    </div>
  );
}

function AuditEditPage({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const audit = useAudit(auditId);
  const partnership = usePartnership(id);
  const docs = useAuditDocuments(id);
  const update = useUpdateAudit(id, auditId);
  const a = audit.data;
  const save = useVersionedSave(update, audit.refetch, a?.version);
  const created = (location.state as { saved?: string } | null)?.saved === 'created';

  if (is404(audit.error) || (a && a.partnershipId !== id)) return <NotFoundPage />;
  const heading = a ? t('audits.page.heading', { year: a.year }) : t('audits.page.headingShort');
  const p = partnership.data;
  const failed = [audit, docs.reports, docs.letters].find((q) => q.isError);
  const ready = a && docs.reports.data && docs.letters.data;
  const back = `/partnerships/${id}/audits`;

  return (
    <div className="form-page">
      <p className="back-link">
        <RouterLink to={back}>{t('audits.backToAudits')}</RouterLink>
      </p>
      <PageHeading title={p ? `${heading} – ${p.title}` : heading}>{heading}</PageHeading>
      {p && <Paragraph className="lead">{p.title}</Paragraph>}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && !ready && <Loading />}
      {save.conflict && <ConflictAlert onReload={() => void save.reload()} reloadLabel={t('audits.form.reload')} />}
      {save.justSaved && <SuccessAlert>{t('audits.page.saved')}</SuccessAlert>}
      {created && !save.justSaved && <SuccessAlert>{t('audits.page.created')}</SuccessAlert>}
      {a && ready && <CompletenessNote audit={a} />}
      {a &&
        ready &&
        (a.can.edit ? (
          // The auditor and the office edit in place; a save remounts the form on the saved version.
          <AuditForm
            key={save.formKey}
            partnershipId={id}
            initial={valuesOfAudit(a)}
            years={null}
            reportOptions={docs.reportOptions}
            letterOptions={docs.letterOptions}
            submitLabel={t('audits.form.save')}
            cancelTo={back}
            onSubmit={(input) => save.submit({ ...input, version: a.version })}
          />
        ) : (
          <AuditView audit={a} documentName={(docId) => docs.names.get(docId) ?? null} partnershipId={id} />
        ))}
    </div>
  );
}
