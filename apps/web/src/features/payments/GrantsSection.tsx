import { useState } from 'react';
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isInstalmentAmountLocked, type GrantDto, type PartnershipPaymentsDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { ChangedMeanwhile, isChangedMeanwhile } from './ChangedMeanwhile';
import { useGenerateInstalments } from './payments-api';
import { ScrollBox, usePaymentsText } from './payments-labels';

interface Props {
  data: PartnershipPaymentsDto;
  onEditSplit: (year: number) => void;
  onGenerated: (year: number) => void;
  onReload: () => void;
}

/** The totals, then the grants year by year: firm or indicative, decided when, from which application. */
export function GrantsSection({ data, onEditSplit, onGenerated, onReload }: Props) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const generate = useGenerateInstalments(data.partnershipId);
  const [generating, setGenerating] = useState<number | null>(null);
  const counts = new Map<number, { all: number; open: number }>();
  for (const i of data.instalments) {
    const c = counts.get(i.year) ?? { all: 0, open: 0 };
    counts.set(i.year, { all: c.all + 1, open: c.open + (isInstalmentAmountLocked(i.status) ? 0 : 1) });
  }
  const manage = data.can.manage;

  const onGenerate = async (year: number) => {
    setGenerating(year);
    try {
      await generate.mutateAsync(year);
      onGenerated(year);
    } catch {
      // shown below from the mutation's error
    } finally {
      setGenerating(null);
    }
  };

  return (
    <section aria-labelledby="grants-heading" className="section payments-grants">
      <Heading level={2} data-size="sm" id="grants-heading">
        {t('payments.grants.heading')}
      </Heading>
      <Facts
        rows={[
          [t('payments.totals.granted'), text.exact(data.totals.granted)],
          [t('payments.totals.paid'), text.exact(data.totals.paid)],
          [t('payments.totals.remaining'), text.exact(data.totals.remaining)],
          [t('payments.totals.withheld'), text.exact(data.totals.withheld)],
        ]}
      />
      {generate.isError &&
        (isChangedMeanwhile(generate.error) ? (
          <ChangedMeanwhile
            onReload={() => {
              generate.reset();
              onReload();
            }}
          />
        ) : (
          <ErrorAlert error={generate.error} />
        ))}
      {data.grants.length === 0 ? (
        <div className="empty-state">
          <Paragraph>{t('payments.grants.none')}</Paragraph>
        </div>
      ) : (
        <ScrollBox label={t('payments.grants.caption')}>
          <Table zebra className="data-table">
            <caption className="visually-hidden">{t('payments.grants.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('payments.fields.year')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('payments.fields.grant')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('payments.grants.kind')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('payments.grants.decided')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('payments.grants.application')}</Table.HeaderCell>
                {manage && <Table.HeaderCell scope="col">{t('payments.fields.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.grants.map((g) => (
                <GrantRow
                  key={g.year}
                  g={g}
                  partnershipId={data.partnershipId}
                  manage={manage}
                  instalmentCount={counts.get(g.year)?.all ?? 0}
                  splittable={(counts.get(g.year)?.open ?? 0) > 1}
                  generating={generating === g.year}
                  onEditSplit={() => onEditSplit(g.year)}
                  onGenerate={() => void onGenerate(g.year)}
                />
              ))}
            </Table.Body>
          </Table>
        </ScrollBox>
      )}
    </section>
  );
}

interface RowProps {
  g: GrantDto;
  partnershipId: string;
  manage: boolean;
  instalmentCount: number;
  /** Two or more instalments whose amounts may still change: otherwise there is nothing to move between them. */
  splittable: boolean;
  generating: boolean;
  onEditSplit: () => void;
  onGenerate: () => void;
}

function GrantRow({ g, partnershipId, manage, instalmentCount, splittable, generating, onEditSplit, onGenerate }: RowProps) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{g.year}</Table.HeaderCell>
      <Table.Cell className="numeric nowrap">{text.exact(g.amount)}</Table.Cell>
      <Table.Cell>{g.firm ? t('payments.grants.firm') : t('payments.grants.indicative')}</Table.Cell>
      <Table.Cell>{g.decidedAt ? text.date(g.decidedAt) : '–'}</Table.Cell>
      <Table.Cell>
        {g.applicationId ? (
          <RouterLink to={`/partnerships/${partnershipId}/applications/${g.applicationId}`} className="table-link">
            {t('payments.grants.openApplication', { year: g.applicationYear ?? g.year })}
          </RouterLink>
        ) : (
          '–'
        )}
      </Table.Cell>
      {manage && (
        <Table.Cell>
          {g.firm && splittable && (
            <Button variant="secondary" data-size="sm" onClick={onEditSplit} aria-label={t('payments.split.buttonFor', { year: g.year })}>
              {t('payments.split.button')}
            </Button>
          )}
          {g.firm && instalmentCount === 0 && (
            <Button variant="secondary" data-size="sm" onClick={onGenerate} loading={generating} aria-label={t('payments.generate.buttonFor', { year: g.year })}>
              {t('payments.generate.button')}
            </Button>
          )}
        </Table.Cell>
      )}
    </Table.Row>
  );
}
