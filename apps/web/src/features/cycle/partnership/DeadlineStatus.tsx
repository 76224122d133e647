import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PartnershipDeadlineDto } from '@mic/domain';
import { formatDay } from '../../risks/risk-labels';
import { localToday } from '../cycle-labels';

/** Met (when, by whom, with the note), overdue, upcoming, passed or to be announced: in words, with a colour. */
export function DeadlineStatus({ deadline: d }: { deadline: PartnershipDeadlineDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (d.met) {
    return (
      <>
        <Tag data-color="success" data-size="sm">
          {t('cycle.deadlines.metOn', { date: formatDay(d.met.at.slice(0, 10), lang) })}
        </Tag>
        {d.met.byName && <span className="subtle"> {t('cycle.deadlines.metBy', { name: d.met.byName })}</span>}
        {d.met.note && <p className="met-note">{d.met.note}</p>}
      </>
    );
  }
  if (d.overdue) {
    return (
      <Tag data-color="danger" data-size="sm">
        {t('cycle.deadlines.overdue')}
      </Tag>
    );
  }
  if (!d.date) return <span className="subtle">{t('cycle.tba')}</span>;
  if (d.date < localToday()) return <span className="subtle">{t('cycle.deadlines.passed')}</span>;
  return (
    <Tag data-color="info" data-size="sm">
      {t('cycle.deadlines.upcoming')}
    </Tag>
  );
}
