import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { SMART_LETTERS, type SmartSummary } from '@mic/domain';
import { useResultsLabels } from '../shared/useResultsLabels';

/** How many objectives pass the SMART check, and how many fail each letter. */
export function SmartSummaryPanel({ summary }: { summary: SmartSummary }) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  return (
    <section aria-labelledby="smart-summary-heading" className="section">
      <Heading level={2} data-size="sm" id="smart-summary-heading">
        {t('results.framework.smartHeading')}
      </Heading>
      {summary.checked === 0 ? (
        <Paragraph>{t('results.framework.smartNone')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('results.framework.smartPassing', { passing: summary.passing, checked: summary.checked })}</Paragraph>
          <div className="table-scroll smart-summary">
            <Table data-size="sm" className="data-table">
              <caption className="visually-hidden">{t('results.framework.smartCaption')}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('results.framework.smartLetter')}</Table.HeaderCell>
                  <Table.HeaderCell className="num">{t('results.framework.smartFailing')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {SMART_LETTERS.map((l) => (
                  <Table.Row key={l}>
                    <Table.HeaderCell scope="row">{labels.letter(l)}</Table.HeaderCell>
                    <Table.Cell className="num">{summary.failingByLetter[l]}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
