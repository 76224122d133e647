import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SelectField } from '../../../components/SelectField';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useUrlFilterParams } from '../../../lib/url-filters';
import { isProgrammeOfficeUser, useCurrentUser } from '../../auth/session';
import { useProgrammeCycle, useProgrammeDeadlines } from '../cycle-api';
import { useCycleLabels } from '../cycle-labels';
import { CalendarFeedSection } from './CalendarFeedSection';
import { SourceDeadlines } from './SourceDeadlines';
import { YearEvents } from './YearEvents';
import '../cycle.css';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The year a query string asks for, else this year. */
function yearOf(params: URLSearchParams): number {
  const y = Number(params.get('year'));
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR ? y : new Date().getFullYear();
}

/** `/calendar?year=&funding=`: every deadline of a funding year by funding source, the year's events and the user's feed. */
export function CalendarPage() {
  const { t } = useTranslation();
  const office = isProgrammeOfficeUser(useCurrentUser());
  const { params, update } = useUrlFilterParams<{ year?: string; funding?: string }>();
  const year = yearOf(params);
  const funding = params.get('funding') ?? '';
  const labels = useCycleLabels();
  const deadlines = useProgrammeDeadlines(year, funding || undefined);
  const cycle = useProgrammeCycle(office);
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const sources = (labels.programme?.fundingSources ?? []).filter((s) => !funding || s.code === funding);
  const thisYear = new Date().getFullYear();
  const years = [...new Set([...Array.from({ length: 7 }, (_, i) => thisYear - 3 + i), year])].sort((a, b) => a - b);
  const link = (y: number) => `/calendar?year=${y}${funding ? `&funding=${encodeURIComponent(funding)}` : ''}`;
  const goTo = (changes: { year?: string; funding?: string }) => {
    setEditing(null);
    setSaved(null);
    update({ year: String(year), funding, ...changes });
  };

  return (
    <>
      <div className="page-head">
        <PageHeading title={t('cycle.calendar.pageTitle', { year })}>{t('cycle.calendar.heading')}</PageHeading>
        {office && (
          <Paragraph>
            <RouterLink to="/programme/cycle">{t('cycle.calendar.settingsLink')}</RouterLink>
          </Paragraph>
        )}
      </div>
      <Paragraph>{t('cycle.calendar.intro')}</Paragraph>
      <form role="search" aria-label={t('cycle.calendar.filtersLabel')} className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="year-nav">
          <Button asChild variant="secondary" data-size="sm">
            <RouterLink to={link(year - 1)} onClick={() => setSaved(null)}>
              {t('cycle.calendar.previousYear', { year: year - 1 })}
            </RouterLink>
          </Button>
          <SelectField
            id="calendar-year"
            label={t('cycle.calendar.year')}
            value={String(year)}
            onChange={(y) => goTo({ year: y })}
            options={years.map((y) => ({ value: String(y), label: String(y) }))}
          />
          <SelectField
            id="calendar-funding"
            label={t('cycle.calendar.funding')}
            placeholder={t('cycle.calendar.allFunding')}
            value={funding}
            onChange={(f) => goTo({ funding: f })}
            options={(labels.programme?.fundingSources ?? []).map((s) => ({ value: s.code, label: labels.text(s.name) }))}
          />
          <Button asChild variant="secondary" data-size="sm">
            <RouterLink to={link(year + 1)} onClick={() => setSaved(null)}>
              {t('cycle.calendar.nextYear', { year: year + 1 })}
            </RouterLink>
          </Button>
        </div>
      </form>
      {saved && (
        <SuccessAlert focus={false} data-size="sm">
          {saved}
        </SuccessAlert>
      )}
      {deadlines.isPending && <Loading />}
      {deadlines.isError && <ErrorAlert error={deadlines.error} onRetry={() => void deadlines.refetch()} />}
      {deadlines.data && labels.programme && (
        <div aria-busy={deadlines.isFetching}>
          {sources.map((s) => (
            <SourceDeadlines
              key={s.code}
              source={s.code}
              year={deadlines.data.year}
              deadlines={deadlines.data.deadlines.filter((d) => d.fundingSource === s.code)}
              cycle={cycle.data?.cycles.find((c) => c.fundingSource === s.code)}
              editable={office}
              editing={editing}
              setEditing={(key) => {
                setEditing(key);
                if (key) setSaved(null);
              }}
              onSaved={setSaved}
            />
          ))}
        </div>
      )}
      <YearEvents year={year} />
      <CalendarFeedSection />
    </>
  );
}
