import { useRef } from 'react';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_RISK_LISTS } from '@mic/domain';
import { PageHeading } from '../../../components/PageHeading';
import { PaginationNav } from '../../../components/PaginationNav';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SelectField } from '../../../components/SelectField';
import { useProgramme } from '../../programme/programme-api';
import { useProgrammeLabels } from '../../programme/useLabels';
import { RiskRegisterTable } from '../RiskRegisterTable';
import { useProgrammeRisks } from '../risks-api';
import { BandChart, CategoryChart } from './CountsCharts';
import { listSearch, useProgrammeRiskFilters } from './programme-filters';
import '../risks.css';

/** /risks: the programme office's and donors' view of risks across every partnership. */
export function ProgrammeRisksPage() {
  const { t } = useTranslation();
  const programme = useProgramme();
  const labels = useProgrammeLabels(programme.data);
  const { filters, list, page, params, update, setPage, clear, active } = useProgrammeRiskFilters();
  const overview = useProgrammeRisks({ ...filters, list }, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const data = overview.data;

  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };

  return (
    <>
      <PageHeading>{t('risks.programme.heading')}</PageHeading>
      <Paragraph className="lead">{t('risks.programme.intro')}</Paragraph>
      <form role="search" aria-label={t('risks.programme.filters.label')} className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="filters__grid">
          <SelectField
            id="programme-risk-region"
            label={t('risks.programme.filters.region')}
            placeholder={t('risks.programme.filters.all')}
            value={filters.region ?? ''}
            onChange={(region) => update({ region })}
            options={(programme.data?.regions ?? []).map((r) => ({ value: r.code, label: labels.region(r.code) }))}
          />
          <SelectField
            id="programme-risk-funding"
            label={t('risks.programme.filters.fundingSource')}
            placeholder={t('risks.programme.filters.all')}
            value={filters.fundingSource ?? ''}
            onChange={(fundingSource) => update({ fundingSource })}
            options={(programme.data?.fundingSources ?? []).map((f) => ({ value: f.code, label: labels.fundingSource(f.code) }))}
          />
        </div>
        {active && (
          <Button type="button" variant="tertiary" onClick={clear}>
            {t('risks.programme.filters.clear')}
          </Button>
        )}
      </form>

      {overview.isPending && <Loading />}
      {overview.isError && <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />}
      {data && (
        <div aria-busy={overview.isFetching}>
          {data.questionedPartnerships.length > 0 && (
            <Alert data-color="danger" className="page-alert">
              <Heading level={2} data-size="xs">
                {t('risks.programme.questionedHeading')}
              </Heading>
              <Paragraph>{t('risks.programme.questionedIntro')}</Paragraph>
              <ul>
                {data.questionedPartnerships.map((p) => (
                  <li key={p.id}>
                    <Link asChild>
                      <RouterLink to={`/partnerships/${p.id}/risks`}>{t('risks.programme.questionedItem', { title: p.title, count: p.riskCount })}</RouterLink>
                    </Link>
                  </li>
                ))}
              </ul>
            </Alert>
          )}

          <section aria-labelledby="risk-totals-heading" className="section">
            <Heading level={2} data-size="sm" id="risk-totals-heading">
              {t('risks.programme.totals.heading')}
            </Heading>
            <dl className="stat-list">
              {(['open', 'high', 'toleranceDocumented', 'overdue', 'continuationQuestioned'] as const).map((k) => (
                <div key={k} className="stat">
                  <dt>{t(`risks.programme.totals.${k}`)}</dt>
                  <dd>{data.totals[k]}</dd>
                </div>
              ))}
            </dl>
          </section>

          <CategoryChart counts={data.countsByCategoryAndBand} />
          <BandChart totals={data.totals} />

          <section aria-labelledby="risk-programme-list-heading" className="section">
            <Heading level={2} data-size="sm" id="risk-programme-list-heading">
              {t(`risks.programme.lists.${list}`)}
            </Heading>
            <nav aria-label={t('risks.programme.lists.label')} className="list-switch">
              <ul>
                {PROGRAMME_RISK_LISTS.map((l) => (
                  <li key={l}>
                    <RouterLink to={`/risks${listSearch(params, l)}`} aria-current={l === list ? 'page' : undefined}>
                      {t(`risks.programme.lists.${l}`)}
                    </RouterLink>
                  </li>
                ))}
              </ul>
            </nav>
            <p ref={resultsRef} tabIndex={-1} className="results-summary" role="status">
              {data.total > 0
                ? t('risks.programme.showing', {
                    from: (data.page - 1) * data.pageSize + 1,
                    to: (data.page - 1) * data.pageSize + data.items.length,
                    total: data.total,
                  })
                : ''}
            </p>
            {data.items.length === 0 ? (
              <div className="empty-state">
                <Paragraph>{t('risks.programme.empty')}</Paragraph>
              </div>
            ) : (
              <>
                <RiskRegisterTable
                  items={data.items}
                  caption={t(`risks.programme.tableCaption.${list}`)}
                  partnershipOf={(r) => data.items.find((x) => x.id === r.id)?.partnership}
                />
                <PaginationNav page={data.page} pageSize={data.pageSize} total={data.total} onChange={goToPage} label={t('risks.programme.pagination')} />
              </>
            )}
          </section>
        </div>
      )}
    </>
  );
}
