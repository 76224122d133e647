import { useRef } from 'react';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { parsePage, useUrlFilterParams } from '../../lib/url-filters';
import { useVersionedSave } from '../../lib/useVersionedSave';
import { useProgramme } from '../programme/programme-api';
import { IATI_ACTIVITIES_URL, useIatiCheck, useIatiSettings, useSaveIatiSettings } from './iati-api';
import { IatiProblemList } from './IatiProblemList';
import { IatiSettingsForm } from './IatiSettingsForm';
import './iati.css';

/**
 * /programme/iati: before publishing, what keeps each public partnership from a complete IATI activity,
 * and the programme's IATI settings (the reporting organisation, the sectors of each purpose).
 */
export function IatiCheckPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = parsePage(params);
  const { setPage } = useUrlFilterParams<object>();
  const check = useIatiCheck(page);
  const programme = useProgramme();
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const goToPage = (p: number) => {
    setPage(p);
    resultsRef.current?.focus();
  };
  const data = check.data;

  return (
    <div className="iati-page">
      <PageHeading>{t('iati.heading')}</PageHeading>
      <Paragraph className="lead">{t('iati.intro')}</Paragraph>
      <Paragraph>
        <a href={IATI_ACTIVITIES_URL} download>
          {t('iati.download')}
        </a>
      </Paragraph>
      <section aria-labelledby="iati-check-heading" className="section">
        <Heading level={2} data-size="sm" id="iati-check-heading">
          {t('iati.check.heading')}
        </Heading>
        {data && (
          <Paragraph className="iati-complete">
            {t('iati.check.complete', { complete: data.complete, total: data.total })}
          </Paragraph>
        )}
        <PagedResults
          query={check}
          resultsRef={resultsRef}
          showing={(range) => t('iati.check.showing', range)}
          empty={t('iati.check.empty')}
          paginationLabel={t('iati.check.pagination')}
          onPage={goToPage}
        >
          {(items) => (
            <Table className="data-table iati-check-table">
              <caption>{t('iati.check.caption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('iati.check.partnership')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('iati.check.problems')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map((item) => (
                  <Table.Row key={item.partnershipId}>
                    <Table.HeaderCell scope="row">
                      <RouterLink to={`/partnerships/${item.partnershipId}`}>{item.title}</RouterLink>
                      <span className="iati-identifier">{item.iatiIdentifier}</span>
                    </Table.HeaderCell>
                    <Table.Cell>
                      {item.problems.length === 0 ? (
                        t('iati.check.noProblems')
                      ) : (
                        <IatiProblemList partnershipId={item.partnershipId} problems={item.problems} programme={programme.data} />
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          )}
        </PagedResults>
      </section>
      <IatiSettingsSection />
    </div>
  );
}

function IatiSettingsSection() {
  const { t } = useTranslation();
  const settings = useIatiSettings();
  const programme = useProgramme();
  const save = useSaveIatiSettings();
  const flow = useVersionedSave(save, () => settings.refetch(), settings.data?.version);
  const query = settings.isError ? settings : programme;
  return (
    <section aria-labelledby="iati-settings-heading" className="section" id="iati-settings">
      <Heading level={2} data-size="sm" id="iati-settings-heading" tabIndex={-1}>
        {t('iati.settings.heading')}
      </Heading>
      <Paragraph>{t('iati.settings.intro')}</Paragraph>
      {flow.conflict && <ConflictAlert onReload={() => void flow.reload()} reloadLabel={t('iati.settings.reload')} />}
      {(settings.isPending || programme.isPending) && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {settings.data && programme.data && (
        <IatiSettingsForm key={flow.formKey} settings={settings.data} programme={programme.data} justSaved={flow.justSaved} onSave={flow.submit} />
      )}
    </section>
  );
}
