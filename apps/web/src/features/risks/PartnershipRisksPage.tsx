import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RISK_BANDS, RISK_CATEGORIES, RISK_STATUSES } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { PaginationNav } from '../../components/PaginationNav';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { HeatMapSection } from './HeatMapSection';
import { RegisterCompletion } from './RegisterCompletion';
import { RiskRegisterTable } from './RiskRegisterTable';
import { useRegisterFilters } from './register-filters';
import { riskExportUrl, useRiskRegister } from './risks-api';
import './risks.css';

/** /partnerships/:id/risks: the register, its completeness, the heat map and the export. */
export function PartnershipRisksPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // "Deleted" comes once with the navigation from the risk page.
  const [deleted] = useState(!!(location.state as { deleted?: boolean } | null)?.deleted);
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);

  const partnership = usePartnership(id);
  const { filters, page, update, setPage, clear, active } = useRegisterFilters();
  const register = useRiskRegister(id, filters, page);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const data = register.data;
  const p = partnership.data;

  if ([partnership.error, register.error].some((e) => isApiError(e) && e.status === 404)) return <NotFoundPage />;

  const goToPage = (n: number) => {
    setPage(n);
    resultsRef.current?.focus();
  };
  const failed = [partnership, register].find((q) => q.isError);

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('risks.register.backToPartnership')}</RouterLink>
      </p>
      <div className="page-head">
        <PageHeading title={p ? t('risks.register.pageTitle', { title: p.title }) : t('risks.register.heading')}>
          {t('risks.register.heading')}
        </PageHeading>
        <div className="button-row">
          {data?.can.edit && (
            <Button asChild>
              <RouterLink to={`/partnerships/${id}/risks/new`}>{t('risks.register.add')}</RouterLink>
            </Button>
          )}
          {data?.can.export && (
            <Button asChild variant="secondary">
              <a href={riskExportUrl(id)} download>
                {t('risks.register.export')}
              </a>
            </Button>
          )}
        </div>
      </div>
      {p && <Paragraph className="lead">{p.title}</Paragraph>}
      <Paragraph>{t('risks.register.intro')}</Paragraph>
      {deleted && <SuccessAlert focus={false}>{t('risks.detail.deleted')}</SuccessAlert>}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && !data && <Loading />}
      {data && (
        <>
          {data.continuationQuestioned && (
            <Alert data-color="danger" className="page-alert">
              <Heading level={2} data-size="xs">
                {t('risks.summary.questionedHeading')}
              </Heading>
              <Paragraph>{t('risks.summary.questionedText', { count: data.questioningRiskIds.length })}</Paragraph>
            </Alert>
          )}
          <Paragraph>{t('risks.summary.counts', data.counts)}</Paragraph>
          <RegisterCompletion partnershipId={id} register={data.register} can={data.can} />
          <HeatMapSection partnershipId={id} cells={data.heatMap} settings={data.settings} risks={data.items} />

          <section aria-labelledby="risk-list-heading" className="section">
            <Heading level={2} data-size="sm" id="risk-list-heading">
              {t('risks.register.listHeading')}
            </Heading>
            <form role="search" aria-label={t('risks.register.filters.label')} className="filters" onSubmit={(e) => e.preventDefault()}>
              <div className="filters__grid">
                <SelectField
                  id="risk-filter-status"
                  label={t('risks.register.filters.status')}
                  placeholder={t('risks.register.filters.all')}
                  value={filters.status ?? ''}
                  onChange={(status) => update({ status })}
                  options={RISK_STATUSES.map((s) => ({ value: s, label: t(`risks.statuses.${s}`) }))}
                />
                <SelectField
                  id="risk-filter-band"
                  label={t('risks.register.filters.band')}
                  placeholder={t('risks.register.filters.all')}
                  value={filters.band ?? ''}
                  onChange={(band) => update({ band })}
                  options={RISK_BANDS.map((b) => ({ value: b, label: t(`risks.bands.${b}`) }))}
                />
                <SelectField
                  id="risk-filter-category"
                  label={t('risks.register.filters.category')}
                  placeholder={t('risks.register.filters.all')}
                  value={filters.category ?? ''}
                  onChange={(category) => update({ category })}
                  options={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`risks.categories.${c}`) }))}
                />
              </div>
              {active && (
                <Button type="button" variant="tertiary" onClick={clear}>
                  {t('risks.register.filters.clear')}
                </Button>
              )}
            </form>
            <p ref={resultsRef} tabIndex={-1} className="results-summary" role="status">
              {data.total > 0
                ? t('risks.register.showing', {
                    from: (data.page - 1) * data.pageSize + 1,
                    to: (data.page - 1) * data.pageSize + data.items.length,
                    total: data.total,
                  })
                : ''}
            </p>
            {data.items.length === 0 ? (
              <div className="empty-state">
                <Paragraph>{active ? t('risks.register.emptyFiltered') : t('risks.register.empty')}</Paragraph>
              </div>
            ) : (
              <div aria-busy={register.isFetching}>
                <RiskRegisterTable items={data.items} caption={t('risks.register.tableCaption')} />
                <PaginationNav page={data.page} pageSize={data.pageSize} total={data.total} onChange={goToPage} label={t('risks.register.pagination')} />
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}
