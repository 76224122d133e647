import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDto } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { isApiError, isVersionConflict } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { NotFoundPage } from '../layout/NotFoundPage';
import { useProgramme } from '../programme/programme-api';
import { useCreateMunicipality, useMunicipality, useUpdateMunicipality } from './municipalities-api';
import { MunicipalityForm } from './MunicipalityForm';
import type { SavedState } from './MunicipalityListPage';
import { useCountryOptions } from './useCountryOptions';
import { EMPTY_MUNICIPALITY, valuesOfMunicipality } from './validation';
import { saveUnlessConflict } from '../../lib/useVersionedSave';

/** The list the user came from, filters and page included; the plain register otherwise. */
function useBackTo() {
  const back = (useLocation().state as { back?: unknown } | null)?.back;
  return typeof back === 'string' && /^\/municipalities(\?|$)/.test(back) ? back : '/municipalities';
}

/** After a save: back to the list, which says what was saved. */
function useGoBack(back: string) {
  const navigate = useNavigate();
  return (saved: MunicipalityDto, kind: SavedState['saved']) =>
    navigate(back, { state: { saved: kind, name: saved.name } satisfies SavedState });
}

function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <RouterLink to={to}>{t('municipalities.form.backToList')}</RouterLink>
    </p>
  );
}

export function MunicipalityCreatePage() {
  const { t } = useTranslation();
  const back = useBackTo();
  const goBack = useGoBack(back);
  const programme = useProgramme();
  const countries = useCountryOptions(programme.data);
  const create = useCreateMunicipality();
  return (
    <div className="form-page">
      <BackLink to={back} />
      <PageHeading>{t('municipalities.form.createHeading')}</PageHeading>
      {programme.isPending && <Loading />}
      {programme.isError && <ErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />}
      {programme.data && (
        <MunicipalityForm
          initial={EMPTY_MUNICIPALITY}
          countries={countries}
          submitLabel={t('municipalities.form.create')}
          cancelTo={back}
          onSubmit={async (input) => goBack(await create.mutateAsync(input), 'created')}
        />
      )}
    </div>
  );
}

export function MunicipalityEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const back = useBackTo();
  const goBack = useGoBack(back);
  const programme = useProgramme();
  const countries = useCountryOptions(programme.data);
  const municipality = useMunicipality(id);
  const update = useUpdateMunicipality(id);
  const m = municipality.data;

  if (municipality.isError && isApiError(municipality.error) && municipality.error.status === 404) return <NotFoundPage />;

  return (
    <div className="form-page">
      <BackLink to={back} />
      <PageHeading title={m ? t('municipalities.form.editTitle', { name: m.name }) : t('municipalities.form.editHeading')}>
        {t('municipalities.form.editHeading')}
      </PageHeading>
      {m && <Paragraph className="lead">{m.name}</Paragraph>}
      {(programme.isPending || municipality.isPending) && <Loading />}
      {programme.isError && <ErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />}
      {municipality.isError && <ErrorAlert error={municipality.error} onRetry={() => void municipality.refetch()} />}
      {isVersionConflict(update.error) && (
        <ConflictAlert
          onReload={() => {
            update.reset();
            void municipality.refetch();
          }}
        />
      )}
      {m && programme.data && (
        <MunicipalityForm
          key={`${m.id}-${m.version}`}
          initial={valuesOfMunicipality(m)}
          countries={countries}
          submitLabel={t('municipalities.form.save')}
          cancelTo={back}
          onSubmit={async (input) => {
            const result = await saveUnlessConflict(() => update.mutateAsync({ ...input, version: m.version }));
            if (result) goBack(result.value, 'updated');
          }}
        />
      )}
    </div>
  );
}
