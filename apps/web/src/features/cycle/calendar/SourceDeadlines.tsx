import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Deadline, FundingCycle } from '@mic/domain';
import { CycleDate, CycleTable } from '../CycleTable';
import { useCycleLabels } from '../cycle-labels';
import { DeadlineDateEditor } from './DeadlineDateEditor';

interface Props {
  source: string;
  year: number;
  deadlines: Deadline[];
  /** The funding source's cycle, for the programme office (who may set dates); undefined for others. */
  cycle: FundingCycle | undefined;
  editable: boolean;
  editing: string | null;
  setEditing: (key: string | null) => void;
  onSaved: (message: string) => void;
}

export const editButtonId = (d: Pick<Deadline, 'fundingSource' | 'stepCode'>) => `edit-date-${d.fundingSource}-${d.stepCode}`;

/** One funding source's deadlines for a funding year; the programme office sets or clears dates in the row. */
export function SourceDeadlines({ source, year, deadlines, cycle, editable, editing, setEditing, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useCycleLabels();
  const name = labels.source(source);
  const headingId = `deadlines-${source}-heading`;
  const caption = t('cycle.calendar.tableCaption', { source: name, year });

  const done = (d: Deadline) => (message: string | null) => {
    setEditing(null);
    if (message) onSaved(message);
    // The editor goes; its row's button is where the user was.
    setTimeout(() => document.getElementById(editButtonId(d))?.focus());
  };

  return (
    <section aria-labelledby={headingId} className="section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t('cycle.calendar.sourceHeading', { source: name, year })}
      </Heading>
      {deadlines.length === 0 ? (
        <Paragraph>{t('cycle.calendar.noDeadlines', { year })}</Paragraph>
      ) : (
        <CycleTable
          caption={caption}
          headers={[t('cycle.calendar.date'), t('cycle.calendar.step'), t('cycle.calendar.whoActs'), t('cycle.calendar.dateSource'), editable && t('cycle.calendar.actions')]}
        >
          {deadlines.map((d) => {
            const key = `${d.fundingSource}/${d.stepCode}`;
            const step = labels.text(d.name);
            const rule = cycle?.steps.find((s) => s.code === d.stepCode);
            return (
              <Table.Row key={key}>
                <Table.Cell className="nowrap">
                  <CycleDate date={d.date} />
                </Table.Cell>
                <Table.HeaderCell scope="row">{step}</Table.HeaderCell>
                <Table.Cell>{t(`cycle.audiences.${d.audience}`)}</Table.Cell>
                <Table.Cell>{t(`cycle.calendar.sources.${d.dateSource}`, { year })}</Table.Cell>
                {editable && (
                  <Table.Cell>
                    {editing === key ? (
                      <DeadlineDateEditor deadline={d} stepName={step} hasStandingDate={!!rule && rule.day !== null} onDone={done(d)} />
                    ) : (
                      <Button
                        id={editButtonId(d)}
                        variant="secondary"
                        data-size="sm"
                        className="nowrap-button"
                        aria-label={t(d.dateSource === 'set' ? 'cycle.calendar.changeDateFor' : 'cycle.calendar.setDateFor', { step })}
                        onClick={() => setEditing(key)}
                      >
                        {t(d.dateSource === 'set' ? 'cycle.calendar.changeDate' : 'cycle.calendar.setDate')}
                      </Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            );
          })}
        </CycleTable>
      )}
    </section>
  );
}
