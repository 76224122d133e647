import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { MUNICIPALITY_SIDES, type ApplicationDto, type MunicipalitySide, type ProgrammeDto } from '@mic/domain';
import { Facts } from '../../components/Facts';
import { useProgrammeLabels } from '../programme/useLabels';
import { ApplicationSectionBlock } from './ApplicationSectionBlock';
import { useApplicationText } from './application-labels';
import { PRINCIPLE_TEXTS } from './form/application-form';

interface Props {
  app: ApplicationDto;
  programme: ProgrammeDto | undefined;
  names: Record<MunicipalitySide, string>;
}

/** The application's written sections as they were sent, for everyone who reads but may not write. */
export function ApplicationReadView({ app, programme, names }: Props) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const text = useApplicationText();
  const c = app.content;
  const answer = (s: string) => (s.trim() ? <span className="pre-wrap">{s}</span> : <em>{t('applications.read.notAnswered')}</em>);
  const donors = c.principles.otherDonors;
  return (
    <>
      <ApplicationSectionBlock section="summary">
        <Paragraph className="pre-wrap">{c.summary.trim() || t('applications.read.notAnswered')}</Paragraph>
      </ApplicationSectionBlock>
      <ApplicationSectionBlock section="purposes">
        {c.purposes.length ? (
          <ul>
            {c.purposes.map((p) => (
              <li key={p}>{labels.purpose(p)}</li>
            ))}
          </ul>
        ) : (
          <Paragraph>{t('applications.read.notAnswered')}</Paragraph>
        )}
      </ApplicationSectionBlock>
      <ApplicationSectionBlock section="core_tasks">
        <Facts rows={MUNICIPALITY_SIDES.map((side) => [t(`applications.form.coreTasks.${side}`, { name: names[side] }), answer(c.coreTasks[side] ?? '')])} />
      </ApplicationSectionBlock>
      <ApplicationSectionBlock section="principles">
        <Facts rows={PRINCIPLE_TEXTS.map((p) => [t(`applications.principles.${p}`), answer(c.principles[p] ?? '')])} />
        {donors.length > 0 ? (
          <div className="table-scroll">
            <Table className="data-table" data-size="sm">
              <caption>{t('applications.principles.otherDonors')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('applications.form.donor')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('applications.form.area')}</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">{t('applications.form.amount')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {donors.map((d, i) => (
                  <Table.Row key={i}>
                    <Table.Cell>{d.donor}</Table.Cell>
                    <Table.Cell>{d.area}</Table.Cell>
                    <Table.Cell className="numeric">{text.money(d.amount)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        ) : (
          <Paragraph data-size="sm">{t('applications.read.noOtherDonors')}</Paragraph>
        )}
      </ApplicationSectionBlock>
      <ApplicationSectionBlock section="strategic_goals">
        <Paragraph className="pre-wrap">{c.strategicGoals.trim() || t('applications.read.notAnswered')}</Paragraph>
      </ApplicationSectionBlock>
      <ApplicationSectionBlock section="budget">
        <BudgetFacts lines={c.budgetRequested} granted={app.granted} />
      </ApplicationSectionBlock>
    </>
  );
}

/** The budget asked for per year and, once approved, what was granted. */
export function BudgetFacts({ lines, granted }: { lines: { year: number; amount: number }[]; granted: { year: number; amount: number }[] | null }) {
  const { t } = useTranslation();
  const text = useApplicationText();
  if (!lines.length) return <Paragraph>{t('applications.read.noBudget')}</Paragraph>;
  return (
    <Facts
      rows={lines.map((b) => {
        const g = granted?.find((x) => x.year === b.year);
        return [
          t('applications.read.budgetYear', { year: b.year }),
          g ? t('applications.read.requestedGranted', { requested: text.money(b.amount), granted: text.money(g.amount) }) : text.money(b.amount),
        ];
      })}
    />
  );
}
