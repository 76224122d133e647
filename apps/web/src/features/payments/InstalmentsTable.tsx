import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InstalmentAction, InstalmentDto } from '@mic/domain';
import { InstalmentStatusTag, ScrollBox, usePaymentsText } from './payments-labels';

interface Props {
  instalments: InstalmentDto[];
  /** The programme office's view: a column of the actions each instalment allows. */
  manage: boolean;
  onAction: (instalment: InstalmentDto, action: InstalmentAction) => void;
}

/** Every instalment: year, due date, exact amount, status in words and what was decided about it. */
export function InstalmentsTable({ instalments, manage, onAction }: Props) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  return (
    <section aria-labelledby="instalments-heading" className="section">
      <Heading level={2} data-size="sm" id="instalments-heading">
        {t('payments.instalments.heading')}
      </Heading>
      {instalments.length === 0 ? (
        <div className="empty-state">
          <Paragraph>{t('payments.instalments.none')}</Paragraph>
        </div>
      ) : (
        <ScrollBox label={t('payments.instalments.caption')}>
          <Table zebra className="data-table instalments-table">
            <caption className="visually-hidden">{t('payments.instalments.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('payments.fields.instalment')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('payments.fields.dueDate')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('payments.fields.amount')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('payments.fields.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('payments.fields.details')}</Table.HeaderCell>
                {manage && <Table.HeaderCell scope="col">{t('payments.fields.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {instalments.map((i) => (
                <Table.Row key={i.id}>
                  <Table.HeaderCell scope="row">{t('payments.instalments.name', { year: i.year, seq: i.seq })}</Table.HeaderCell>
                  <Table.Cell>{i.dueDate ? text.date(i.dueDate) : t('payments.tba')}</Table.Cell>
                  <Table.Cell className="numeric nowrap">{text.exact(i.amount)}</Table.Cell>
                  <Table.Cell>
                    <InstalmentStatusTag status={i.status} />
                  </Table.Cell>
                  <Table.Cell>
                    <InstalmentDetails i={i} />
                  </Table.Cell>
                  {manage && (
                    <Table.Cell>
                      <div className="button-row button-row--tight">
                        {i.actions.map((a) => (
                          <Button
                            key={a}
                            variant={a === 'approve' || a === 'pay' ? 'primary' : 'secondary'}
                            data-size="sm"
                            onClick={() => onAction(i, a)}
                            aria-label={t('payments.instalments.actionFor', { action: t(`payments.action.${a}.button`), name: t('payments.instalments.name', { year: i.year, seq: i.seq }) })}
                          >
                            {t(`payments.action.${a}.button`)}
                          </Button>
                        ))}
                      </div>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollBox>
      )}
    </section>
  );
}

/** Who approved, paid or withheld it and when, with the override reason and the payment reference. */
function InstalmentDetails({ i }: { i: InstalmentDto }) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const lines: string[] = [];
  const by = (name: string | null) => name ?? t('payments.details.someone');
  if (i.approved) {
    lines.push(t('payments.details.approved', { date: text.date(i.approved.at), name: by(i.approved.byName) }));
    if (i.approved.overrideReason) lines.push(t('payments.details.override', { reason: i.approved.overrideReason }));
  }
  if (i.paid) lines.push(t('payments.details.paid', { date: text.date(i.paid.on), reference: i.paid.reference, name: by(i.paid.byName) }));
  if (i.withheld) lines.push(t('payments.details.withheld', { date: text.date(i.withheld.at), name: by(i.withheld.byName), reason: i.withheld.reason }));
  if (!lines.length) return <>–</>;
  return (
    <ul className="plain-list instalment-details">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
