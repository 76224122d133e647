import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../api/client';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { useProgramme } from '../../programme/programme-api';
import { useCreatePartnership, useMunicipalities, usePartnership, useUpdatePartnership } from '../api';
import { newValues, valuesOf } from './form-state';
import { PartnershipForm } from './PartnershipForm';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { saveUnlessConflict } from '../../../lib/useVersionedSave';

/** What every form needs before it can show: the programme and both municipality registers. */
function useFormData() {
  const programme = useProgramme();
  const home = useMunicipalities('home');
  const partner = useMunicipalities('partner');
  const queries = [programme, home, partner];
  return {
    programme: programme.data,
    home: home.data,
    partner: partner.data,
    pending: queries.some((q) => q.isPending),
    error: queries.find((q) => q.isError)?.error,
    retry: () => queries.forEach((q) => q.isError && void q.refetch()),
  };
}

export function PartnershipCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const data = useFormData();
  const create = useCreatePartnership();
  return (
    <div className="form-page">
      <PageHeading>{t('partnershipForm.createHeading')}</PageHeading>
      {data.pending && <Loading />}
      {data.error !== undefined && <ErrorAlert error={data.error} onRetry={data.retry} />}
      {data.programme && data.home && data.partner && (
        <PartnershipForm
          programme={data.programme}
          home={data.home}
          partner={data.partner}
          initial={newValues(data.programme.projectYears, data.programme.fundingSources.length === 1 ? data.programme.fundingSources[0]!.code : '')}
          submitLabel={t('partnershipForm.create')}
          cancelTo="/partnerships"
          onSubmit={async (input) => {
            const saved = await create.mutateAsync(input);
            navigate(`/partnerships/${saved.id}`, { state: { saved: 'created' } });
          }}
        />
      )}
    </div>
  );
}

export function PartnershipEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const data = useFormData();
  const partnership = usePartnership(id);
  const update = useUpdatePartnership(id);
  const p = partnership.data;
  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT';

  if (partnership.isError && isApiError(partnership.error) && partnership.error.status === 404) return <NotFoundPage />;
  if (p && !p.can.edit) return <NotFoundPage />;

  const reload = async () => {
    update.reset();
    await partnership.refetch();
  };

  return (
    <div className="form-page">
      <PageHeading title={p ? t('partnershipForm.editTitle', { title: p.title }) : t('partnershipForm.editHeading')}>
        {t('partnershipForm.editHeading')}
      </PageHeading>
      {p && <Paragraph className="lead">{p.title}</Paragraph>}
      {conflict && (
        <ConflictAlert onReload={() => void reload()} reloadLabel={t('partnershipForm.reload')} />
      )}
      {(data.pending || partnership.isPending) && <Loading />}
      {data.error !== undefined && <ErrorAlert error={data.error} onRetry={data.retry} />}
      {partnership.isError && <ErrorAlert error={partnership.error} onRetry={() => void partnership.refetch()} />}
      {p && data.programme && data.home && data.partner && (
        <PartnershipForm
          key={p.version}
          programme={data.programme}
          home={data.home}
          partner={data.partner}
          initial={valuesOf(p)}
          submitLabel={t('partnershipForm.save')}
          cancelTo={`/partnerships/${p.id}`}
          onSubmit={async (input) => {
            const result = await saveUnlessConflict(() => update.mutateAsync({ ...input, version: p.version }));
            if (!result) return;
            const saved = result.value;
            navigate(`/partnerships/${saved.id}`, { state: { saved: 'updated' } });
          }}
        />
      )}
    </div>
  );
}
