import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto, PartnershipStatus, ProgrammeDto } from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { formatDateTime } from '../../../lib/format';
import { useProgrammeLabels } from '../../programme/useLabels';
import { useMunicipalities, usePartnershipHistory } from '../api';
import { changesOf, MUNICIPALITY_FIELDS } from './history-format';
import { historyKeys, isRiskEntry, riskHistoryValue } from '../../risks/risk-history';

type Labels = ReturnType<typeof useProgrammeLabels> & { municipality: (id: string) => string };

/** Who changed what and when, newest first, with "show older" paging. */
export function HistoryList({ partnershipId, programme }: { partnershipId: string; programme: ProgrammeDto | undefined }) {
  const { t } = useTranslation();
  const programmeLabels = useProgrammeLabels(programme);
  const history = usePartnershipHistory(partnershipId);
  const entries = history.data?.pages.flatMap((p) => p.items) ?? [];
  // Entries name municipalities by id; the registers (cached) turn them into names.
  const needsNames = entries.some((e) => changesOf(e.before, e.after).some((c) => MUNICIPALITY_FIELDS.has(c.field)));
  const home = useMunicipalities('home', needsNames);
  const partner = useMunicipalities('partner', needsNames);
  const labels: Labels = {
    ...programmeLabels,
    municipality: (id) => [...(home.data ?? []), ...(partner.data ?? [])].find((m) => m.id === id)?.name ?? id,
  };

  return (
    <section aria-labelledby="history-heading" className="section">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('history.heading')}
      </Heading>
      {history.isPending && <Loading />}
      {history.isError && <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />}
      {history.isSuccess && entries.length === 0 && <Paragraph>{t('history.empty')}</Paragraph>}
      {entries.length > 0 && (
        <ol className="history">
          {entries.map((entry) => (
            <HistoryEntry key={entry.id} entry={entry} labels={labels} />
          ))}
        </ol>
      )}
      {history.hasNextPage && (
        <Button variant="secondary" onClick={() => void history.fetchNextPage()} loading={history.isFetchingNextPage}>
          {t('history.showOlder')}
        </Button>
      )}
    </section>
  );
}

function HistoryEntry({ entry, labels }: { entry: AuditEntryDto; labels: Labels }) {
  const { t } = useTranslation();
  const changes = changesOf(entry.before, entry.after);
  const value = (field: string, v: unknown) =>
    (isRiskEntry(entry.entityType) ? riskHistoryValue(t, field, v) : undefined) ?? formatValue(t, labels, field, v);
  return (
    <li className="history__entry">
      <p className="history__meta">
        <strong>{t(historyKeys(entry.entityType, 'actions', entry.action), { defaultValue: entry.action })}</strong>
        {' · '}
        <time dateTime={entry.at}>{formatDateTime(entry.at, labels.lang)}</time>
        {' · '}
        {entry.actorName ?? t('history.system')}
      </p>
      {changes.length > 0 && (
        <ul className="history__changes">
          {changes.map((c) => (
            <li key={c.field}>
              {c.field && <span className="history__field">{t(historyKeys(entry.entityType, 'fields', c.field), { defaultValue: c.field })}: </span>}
              {c.before !== undefined && c.after !== undefined ? (
                <>
                  <span className="history__before">{value(c.field, c.before)}</span>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden"> {t('history.changedTo')} </span>
                  <span className="history__after">{value(c.field, c.after)}</span>
                </>
              ) : (
                <span>{value(c.field, c.after !== undefined ? c.after : c.before)}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function formatValue(t: (k: string) => string, labels: Labels, field: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) {
    if (v.length === 0) return '—';
    return v.map((x) => formatValue(t, labels, field, x)).join(', ');
  }
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  switch (field) {
    case 'status':
      return t(`status.${s as PartnershipStatus}`);
    case 'purposes':
      return labels.purpose(s);
    case 'fundingSource':
      return labels.fundingSource(s);
    case 'region':
      return labels.region(s);
    case 'workingLanguage':
    case 'language':
      return labels.language(s);
    case 'homeMunicipalityId':
    case 'partnerMunicipalityId':
      return labels.municipality(s);
    case 'role':
    case 'globalRole':
      return t(`roles.${s}`);
    default:
      return s;
  }
}
