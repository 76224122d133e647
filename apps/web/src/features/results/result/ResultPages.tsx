import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RESULT_LEVELS, isObjectiveLevel, localize, parentLevelOf, type ResultLevel } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { indicatorsOf } from '../framework/tree-helpers';
import type { SavedState } from '../framework/FrameworkPage';
import { useCreateResult, useFramework, useUpdateResult } from '../results-api';
import { Comments } from '../shared/Comments';
import { ResultsFrame } from '../shared/ResultsFrame';
import { useResultsLabels } from '../shared/useResultsLabels';
import { ResultForm } from './ResultForm';
import { ResultIndicators, ResultReadOnly } from './ResultReadOnly';
import { emptyResultValues, resultValuesOf, toCreateInput, toPatchInput } from './result-form';

const frameworkPath = (id: string) => `/partnerships/${id}/results`;

/** A new result at a level, under a parent one level up (none for the impact): ?level=outcome&parent=… */
export function ResultCreatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const labels = useResultsLabels();
  const framework = useFramework(id);
  const create = useCreateResult(id);
  const fw = framework.data;

  const level = params.get('level') as ResultLevel;
  const parentId = params.get('parent');
  const knownLevel = (RESULT_LEVELS as readonly string[]).includes(level);
  const parent = fw && parentId ? fw.results.find((r) => r.id === parentId) : undefined;
  const placeOk = knownLevel && (parentLevelOf(level) === null ? !parentId : parent?.level === parentLevelOf(level));

  if (framework.isError && isApiError(framework.error) && framework.error.status === 404) return <NotFoundPage />;
  if (fw && (!fw.can.edit || !placeOk)) return <NotFoundPage />;

  const heading = knownLevel ? t('results.resultForm.createHeading', { level: labels.level(level) }) : t('common.loading');
  return (
    <div className="form-page wide">
      <ResultsFrame partnershipId={id} heading={heading} back={{ to: frameworkPath(id), label: t('results.backToFramework') }}>
        {framework.isPending && <Loading />}
        {framework.isError && <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />}
        {fw && (
          <>
            {parent && (
              <Paragraph className="lead">
                {t('results.resultForm.under', { name: labels.resultName(parent) })}{' '}
                <span lang={fw.workingLanguage}>{parent.statement[fw.workingLanguage] || localize(parent.statement, labels.lang)}</span>
              </Paragraph>
            )}
            <ResultForm
              fw={fw}
              level={level}
              initial={emptyResultValues(fw.workingLanguage, fw.purposes)}
              indicators={[]}
              submitLabel={t('results.resultForm.create')}
              cancelTo={frameworkPath(id)}
              onSubmit={async (values) => {
                const saved = await create.mutateAsync(toCreateInput(values, level, parentId));
                navigate(frameworkPath(id), { state: { saved: t('results.resultForm.created', { name: labels.resultName(saved) }) } satisfies SavedState });
              }}
            />
          </>
        )}
      </ResultsFrame>
    </div>
  );
}

/** One result: its form for editors (or its facts for readers), its indicators and its comments. */
export function ResultPage() {
  const { t } = useTranslation();
  const { id = '', resultId = '' } = useParams();
  const navigate = useNavigate();
  const labels = useResultsLabels();
  const framework = useFramework(id);
  const update = useUpdateResult(id);
  const fw = framework.data;
  const result = fw?.results.find((r) => r.id === resultId);

  if (framework.isError && isApiError(framework.error) && framework.error.status === 404) return <NotFoundPage />;
  if (fw && !result) return <NotFoundPage />;

  const name = result ? labels.resultName(result) : '';
  const heading = !result ? t('common.loading') : fw?.can.edit ? t('results.resultForm.editHeading', { name }) : name;
  const indicators = fw && result ? indicatorsOf(fw.indicators, result.id) : [];

  return (
    <div className="form-page wide">
      <ResultsFrame partnershipId={id} heading={heading} back={{ to: frameworkPath(id), label: t('results.backToFramework') }}>
        {framework.isPending && <Loading />}
        {framework.isError && <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />}
        {fw && result && (
          <>
            {fw.can.edit ? (
              <ResultForm
                key={result.id}
                fw={fw}
                level={result.level}
                initial={resultValuesOf(result, fw.workingLanguage)}
                indicators={indicators}
                submitLabel={t('results.resultForm.save')}
                cancelTo={frameworkPath(id)}
                onSubmit={async (values) => {
                  const saved = await update.mutateAsync({ id: result.id, ...toPatchInput(values, result.version) });
                  navigate(frameworkPath(id), { state: { saved: t('results.resultForm.saved', { name: labels.resultName(saved) }) } satisfies SavedState });
                }}
              />
            ) : (
              <ResultReadOnly fw={fw} result={result} />
            )}
            {isObjectiveLevel(result.level) && <ResultIndicators fw={fw} result={result} indicators={indicators} />}
            <div className="section">
              <Comments
                partnershipId={id}
                entityType="result"
                entityId={result.id}
                canComment={fw.can.comment}
                title={t('results.comments.headingOn', { name })}
                idPrefix="result-comments"
              />
            </div>
          </>
        )}
      </ResultsFrame>
    </div>
  );
}
