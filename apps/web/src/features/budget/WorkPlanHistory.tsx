import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { WorkPlanDto } from '@mic/domain';
import { Facts } from '../../components/Facts';
import { formatDateTime } from '../../lib/format';
import { useBudgetText } from './budget-labels';

/** When, by whom and at which annual meeting the plan was approved. */
export function ApprovalFacts({ partnershipId, approved }: { partnershipId: string; approved: NonNullable<WorkPlanDto['approved']> }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  return (
    <section aria-labelledby="wp-approval-heading" className="section">
      <Heading level={2} data-size="sm" id="wp-approval-heading">
        {t('budget.approval.heading')}
      </Heading>
      <Facts
        rows={[
          [t('budget.approval.at'), formatDateTime(approved.at, text.lang)],
          [t('budget.approval.by'), approved.byName ?? '—'],
          [
            t('budget.approval.meeting'),
            approved.meetingId && approved.meetingDate ? (
              <RouterLink to={`/partnerships/${partnershipId}/meetings/${approved.meetingId}`}>{text.date(approved.meetingDate)}</RouterLink>
            ) : (
              t('budget.approval.noMeeting')
            ),
          ],
          ...(approved.note ? [[t('budget.approval.note'), approved.note] as [string, string]] : []),
        ]}
      />
    </section>
  );
}

/** The revisions of an approved plan, newest first, each with its reason and the lines it changed. */
export function RevisionHistory({ revisions }: { revisions: WorkPlanDto['revisions'] }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const amount = (ore: number | null) => (ore === null ? '—' : text.money(ore));
  return (
    <section aria-labelledby="wp-revisions-heading" className="section">
      <Heading level={2} data-size="sm" id="wp-revisions-heading">
        {t('budget.revisions.heading')}
      </Heading>
      {revisions.length === 0 && <Paragraph>{t('budget.revisions.none')}</Paragraph>}
      {revisions.length > 0 && (
        <ol className="revision-list">
          {revisions.map((r) => (
            <li key={r.number} className="item-card">
              <Heading level={3} data-size="xs">
                {t('budget.revisions.itemHeading', { number: r.number })}
              </Heading>
              <Facts
                rows={[
                  [t('budget.revisions.at'), formatDateTime(r.at, text.lang)],
                  [t('budget.revisions.by'), r.byName ?? '—'],
                  [t('budget.revisions.reason'), <span className="pre-wrap">{r.reason}</span>],
                  [t('budget.revisions.totals'), t('budget.revisions.totalsValue', { before: text.money(r.totalBefore), after: text.money(r.totalAfter) })],
                ]}
              />
              {r.changes.length > 0 && (
                <Table className="data-table">
                  <caption>{t('budget.revisions.changesCaption', { number: r.number })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell>{t('budget.revisions.change')}</Table.HeaderCell>
                      <Table.HeaderCell>{t('budget.view.description')}</Table.HeaderCell>
                      <Table.HeaderCell className="num">{t('budget.revisions.before')}</Table.HeaderCell>
                      <Table.HeaderCell className="num">{t('budget.revisions.after')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {r.changes.map((c) => (
                      <Table.Row key={`${c.kind}-${c.lineId}`}>
                        <Table.Cell>{t(`budget.revisions.kinds.${c.kind}`)}</Table.Cell>
                        <Table.Cell>{c.description}</Table.Cell>
                        <Table.Cell className="num">{amount(c.before)}</Table.Cell>
                        <Table.Cell className="num">{amount(c.after)}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
