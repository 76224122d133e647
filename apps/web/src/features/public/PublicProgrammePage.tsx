import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { sumMoney, type PublicProgrammeDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ScrollRegion } from '../risks/ScrollRegion';
import { BarChart } from './BarChart';
import { OpenDataLinks } from './OpenDataLinks';
import { usePublicLabels, type PublicLabels } from './labels';
import { usePublicProgramme } from './public-api';

/** /public: the programme as anyone sees it, its purposes, where it works and its money. */
export function PublicProgrammePage() {
  const { t } = useTranslation();
  const programme = usePublicProgramme();
  const labels = usePublicLabels(programme.data);
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <ErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />;
  const data = programme.data;
  return (
    <>
      <PageHeading title={labels.text(data.name)}>{labels.text(data.name)}</PageHeading>
      <Paragraph className="lead">{labels.text(data.goal)}</Paragraph>
      <Paragraph>
        {t('public.programme.count', { count: data.partnerships })}{' '}
        <Link asChild>
          <RouterLink to="/public/partnerships">{t('public.programme.toList')}</RouterLink>
        </Link>
      </Paragraph>
      <Purposes data={data} labels={labels} />
      <Regions data={data} labels={labels} />
      <Money data={data} labels={labels} />
      <OpenDataLinks />
    </>
  );
}

function Purposes({ data, labels }: { data: PublicProgrammeDto; labels: PublicLabels }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="public-purposes-heading" className="section">
      <Heading level={2} data-size="sm" id="public-purposes-heading">
        {t('public.programme.purposesHeading')}
      </Heading>
      <ul className="public-purposes">
        {data.purposes.map((p) => (
          <li key={p.code}>
            <Link asChild>
              <RouterLink to={`/public/partnerships?purpose=${encodeURIComponent(p.code)}`}>{labels.text(p.name)}</RouterLink>
            </Link>{' '}
            <span className="subtle">{t('public.programme.partnershipsCount', { count: p.partnerships })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Regions({ data, labels }: { data: PublicProgrammeDto; labels: PublicLabels }) {
  const { t } = useTranslation();
  const regions = data.regions.filter((r) => r.partnerships > 0);
  const countries = regions
    .flatMap((r) => r.countries.map((c) => ({ ...c, region: labels.text(r.name), name: labels.country(c.country) })))
    .filter((c) => c.partnerships > 0)
    .sort((a, b) => a.name.localeCompare(b.name, labels.lang));
  return (
    <section aria-labelledby="public-regions-heading" className="section">
      <Heading level={2} data-size="sm" id="public-regions-heading">
        {t('public.programme.regionsHeading')}
      </Heading>
      {regions.length === 0 ? (
        <Paragraph>{t('public.programme.noPartnerships')}</Paragraph>
      ) : (
        <>
          <BarChart
            caption={t('public.programme.regionsCaption')}
            chartLabel={t('public.programme.regionsChart')}
            rowHeader={t('public.fields.region')}
            series={[{ name: t('public.programme.partnerships'), tone: 'primary' }]}
            rows={regions.map((r) => ({ key: r.code, label: labels.text(r.name), values: [r.partnerships] }))}
            format={labels.number}
            renderLabel={(row) => (
              <RouterLink to={`/public/partnerships?region=${encodeURIComponent(row.key)}`}>{row.label}</RouterLink>
            )}
          />
          <ScrollRegion label={t('public.programme.countriesCaption')}>
            <Table data-size="sm" className="data-table public-countries">
              <caption>{t('public.programme.countriesCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('public.fields.country')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('public.fields.region')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t('public.programme.partnerships')}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {countries.map((c) => (
                  <Table.Row key={c.country}>
                    <Table.HeaderCell scope="row">
                      <RouterLink to={`/public/partnerships?country=${encodeURIComponent(c.country)}`}>{c.name}</RouterLink>
                    </Table.HeaderCell>
                    <Table.Cell>{c.region}</Table.Cell>
                    <Table.Cell className="numeric">{labels.number(c.partnerships)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        </>
      )}
    </section>
  );
}

function Money({ data, labels }: { data: PublicProgrammeDto; labels: PublicLabels }) {
  const { t } = useTranslation();
  const years = [...data.money].sort((a, b) => a.year - b.year);
  return (
    <section aria-labelledby="public-money-heading" className="section">
      <Heading level={2} data-size="sm" id="public-money-heading">
        {t('public.programme.moneyHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('public.programme.moneyIntro')}</Paragraph>
      {years.length === 0 ? (
        <Paragraph>{t('public.programme.noMoney')}</Paragraph>
      ) : (
        <BarChart
          caption={t('public.programme.moneyCaption')}
          chartLabel={t('public.programme.moneyChart')}
          rowHeader={t('public.fields.year')}
          series={[
            { name: t('public.money.granted'), tone: 'secondary' },
            { name: t('public.money.paid'), tone: 'primary' },
          ]}
          rows={years.map((y) => ({ key: String(y.year), label: String(y.year), values: [y.granted, y.paid] }))}
          format={labels.money}
          foot={{ label: t('public.money.total'), values: [sumMoney(years.map((y) => y.granted)), sumMoney(years.map((y) => y.paid))] }}
        />
      )}
    </section>
  );
}
