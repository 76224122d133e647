import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../api/client';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { usePartnership } from '../../partnerships/api';
import { shortText, todayIso } from '../risk-labels';
import { useCreateRisk, useRisk, useRiskRegister, useRiskSettings, useUpdateRisk } from '../risks-api';
import { RiskForm } from './RiskForm';
import { emptyRisk, valuesOfRisk } from './risk-form';
import { useResultOptions } from './result-options';
import '../risks.css';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { saveUnlessConflict } from '../../../lib/useVersionedSave';

const is404 = (e: unknown) => isApiError(e) && e.status === 404;

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <RouterLink to={to}>{label}</RouterLink>
    </p>
  );
}

/** /partnerships/:id/risks/new: the partnership's coordinators add a risk. */
export function RiskCreatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const partnership = usePartnership(id);
  const register = useRiskRegister(id);
  const settings = useRiskSettings();
  const resultOptions = useResultOptions(id);
  const create = useCreateRisk(id);
  const back = `/partnerships/${id}/risks`;

  if (is404(partnership.error) || is404(register.error)) return <NotFoundPage />;
  if (register.data && !register.data.can.edit) return <NotFoundPage />;
  const failed = [partnership, register, settings].find((q) => q.isError);

  return (
    <div className="form-page">
      <BackLink to={back} label={t('risks.detail.backToRegister')} />
      <PageHeading title={partnership.data ? `${t('risks.form.createHeading')} – ${partnership.data.title}` : undefined}>
        {t('risks.form.createHeading')}
      </PageHeading>
      {partnership.data && <Paragraph className="lead">{partnership.data.title}</Paragraph>}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (!settings.data || !register.data) && <Loading />}
      {settings.data && register.data && (
        <RiskForm
          initial={emptyRisk(todayIso())}
          settings={settings.data}
          resultOptions={resultOptions}
          submitLabel={t('risks.form.create')}
          cancelTo={back}
          onSubmit={async (input) => {
            const saved = await create.mutateAsync(input);
            navigate(`/partnerships/${id}/risks/${saved.id}`, { state: { saved: 'created' } });
          }}
        />
      )}
    </div>
  );
}

/** /partnerships/:id/risks/:riskId/edit */
export function RiskEditPage() {
  const { t } = useTranslation();
  const { id = '', riskId = '' } = useParams();
  const navigate = useNavigate();
  const risk = useRisk(id, riskId);
  const settings = useRiskSettings();
  const resultOptions = useResultOptions(id);
  const update = useUpdateRisk(id, riskId);
  const r = risk.data;
  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT';
  const back = `/partnerships/${id}/risks/${riskId}`;

  if (is404(risk.error)) return <NotFoundPage />;
  if (r && !r.can.edit) return <NotFoundPage />;
  const failed = [risk, settings].find((q) => q.isError);

  const reload = async () => {
    update.reset();
    await risk.refetch();
  };

  return (
    <div className="form-page">
      <BackLink to={back} label={t('risks.form.backToRisk')} />
      <PageHeading title={r ? `${t('risks.form.editHeading')} – ${shortText(r.description, 60)}` : undefined}>
        {t('risks.form.editHeading')}
      </PageHeading>
      {r && <Paragraph className="lead">{shortText(r.description, 200)}</Paragraph>}
      {conflict && (
        <ConflictAlert onReload={() => void reload()} reloadLabel={t('risks.form.reload')} />
      )}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (!r || !settings.data) && <Loading />}
      {r && settings.data && (
        <RiskForm
          key={r.version}
          initial={valuesOfRisk(r, todayIso())}
          settings={settings.data}
          resultOptions={resultOptions}
          submitLabel={t('risks.form.save')}
          cancelTo={back}
          current={r.reviewCount > 0 ? r.current : undefined}
          onSubmit={async (input) => {
            if (!(await saveUnlessConflict(() => update.mutateAsync({ ...input, version: r.version })))) return;
            navigate(back, { state: { saved: 'updated' } });
          }}
        />
      )}
    </div>
  );
}
