import { useEffect, useState } from 'react';
import { Button, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ActualValueDto, IndicatorDto, ResultDto, ResultsFrameworkDto, ValueAction } from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { formatDateTime } from '../../../lib/format';
import { useDeleteValue, useValueAction } from '../results-api';
import { Comments } from '../shared/Comments';
import { ProgressTag, ValueStatusTag } from '../shared/StatusTags';
import { useResultsLabels } from '../shared/useResultsLabels';
import { formatPercent, formatValue } from '../value-format';
import { ReturnDialog } from './ReturnDialog';
import { ValueDialog } from './ValueDialog';
import { valueActions } from './value-actions';

interface Props {
  fw: ResultsFrameworkDto;
  result: ResultDto;
  indicator: IndicatorDto;
}

const yearHeadingId = (year: number) => `value-${year}-heading`;

/**
 * One card per project year: target, actual value with its narrative, status and who did what, and
 * the buttons the user's rights and the value's workflow allow; comments on each value.
 */
export function ValuesSection({ fw, result, indicator }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const lang = labels.lang;
  const action = useValueAction(fw.partnershipId);
  const remove = useDeleteValue(fw.partnershipId);
  const [editing, setEditing] = useState<{ year: number; value: ActualValueDto | null } | null>(null);
  const [returning, setReturning] = useState<ActualValueDto | null>(null);
  const [notice, setNotice] = useState<{ text: string; year: number; key: number } | null>(null);
  const [failedYear, setFailedYear] = useState<number | null>(null);
  const byYear = new Map(indicator.values.map((v) => [v.year, v]));
  const fmt = (n: number) => formatValue(indicator, n, lang);

  // After an action, focus goes to the year's heading (its buttons may have changed or gone).
  useEffect(() => {
    if (notice) document.getElementById(yearHeadingId(notice.year))?.focus();
  }, [notice]);

  const done = (year: number, text: string) => {
    setFailedYear(null);
    setNotice({ text, year, key: Date.now() });
  };
  const run = (v: ActualValueDto, act: Exclude<ValueAction, 'return'>) => {
    setNotice(null);
    setFailedYear(v.year);
    action.mutate(
      { indicatorId: indicator.id, year: v.year, action: act, version: v.version },
      { onSuccess: () => done(v.year, t(`results.values.done.${act}`, { year: v.year })) },
    );
  };
  const del = (v: ActualValueDto) => {
    setNotice(null);
    setFailedYear(v.year);
    remove.mutate({ indicatorId: indicator.id, year: v.year, version: v.version }, { onSuccess: () => done(v.year, t('results.values.done.delete', { year: v.year })) });
  };

  return (
    <section aria-labelledby="values-heading" className="section">
      <Heading level={2} data-size="sm" id="values-heading">
        {t('results.values.heading')}
      </Heading>
      {!indicator.baseline && <Paragraph data-size="sm">{t('resultsRules.warnings.BASELINE_MISSING')}</Paragraph>}
      <ol className="value-cards">
        {indicator.tracking.map((y) => {
          const v = byYear.get(y.year) ?? null;
          const can = valueActions(fw.can, result.owner, v);
          const busy = (action.isPending && action.variables?.year === y.year) || (remove.isPending && remove.variables?.year === y.year);
          return (
            <li key={y.year} className="value-card">
              <article aria-labelledby={yearHeadingId(y.year)}>
                <Heading level={3} data-size="xs" id={yearHeadingId(y.year)} tabIndex={-1}>
                  {t('results.values.year', { year: y.year })}
                </Heading>
                {notice?.year === y.year && (
                  <SuccessAlert key={notice.key} focus={false} data-size="sm">
                    {notice.text}
                  </SuccessAlert>
                )}
                <dl className="value-card__facts">
                  <div>
                    <dt>{t('results.values.target')}</dt>
                    <dd>
                      {y.target === null ? t('results.values.noTarget') : fmt(y.target)}
                      {y.target !== null && !y.targetSet && <span className="subtle"> ({t('results.values.interpolated')})</span>}
                    </dd>
                  </div>
                  <div>
                    <dt>{t('results.values.actual')}</dt>
                    <dd>{v ? fmt(v.value) : t('results.values.notReported')}</dd>
                  </div>
                  {v && (
                    <div>
                      <dt>{t('results.values.status')}</dt>
                      <dd>
                        <ValueStatusTag status={v.status} />
                      </dd>
                    </div>
                  )}
                  {y.percentOfTarget !== null && (
                    <div>
                      <dt>{t('results.values.percentOfTarget')}</dt>
                      <dd>
                        {formatPercent(y.percentOfTarget, lang)} <ProgressTag status={y.progress} />
                      </dd>
                    </div>
                  )}
                </dl>
                {v?.comment && (
                  <div className="value-card__narrative">
                    <p className="value-card__label">{t('results.values.comment')}</p>
                    <p>{v.comment}</p>
                  </div>
                )}
                {v?.status === 'returned' && v.returnComment && (
                  <div className="value-card__returned">
                    <p className="value-card__label">
                      {t('results.values.returnedBy', { name: v.returnedBy?.name ?? t('results.values.someone') })}
                    </p>
                    <p>{v.returnComment}</p>
                  </div>
                )}
                {v && (
                  <p className="value-card__who subtle">
                    {t('results.values.enteredBy', { name: v.enteredBy?.name ?? t('results.values.someone'), at: formatDateTime(v.enteredAt, lang) })}
                    {v.approvedBy && v.approvedAt && (
                      <> · {t('results.values.approvedBy', { name: v.approvedBy.name, at: formatDateTime(v.approvedAt, lang) })}</>
                    )}
                  </p>
                )}
                <div className="button-row">
                  {can.enter && (
                    <Button data-size="sm" onClick={() => setEditing({ year: y.year, value: null })}>
                      {t('results.values.enter', { year: y.year })}
                    </Button>
                  )}
                  {can.edit && (
                    <Button variant="secondary" data-size="sm" onClick={() => setEditing({ year: y.year, value: v })}>
                      {t('results.values.edit', { year: y.year })}
                    </Button>
                  )}
                  {can.submit && v && (
                    <Button data-size="sm" onClick={() => run(v, 'submit')} loading={busy} disabled={busy}>
                      {t('results.values.submit', { year: y.year })}
                    </Button>
                  )}
                  {can.approve && v && (
                    <Button data-size="sm" onClick={() => run(v, 'approve')} loading={busy} disabled={busy}>
                      {t('results.values.approve', { year: y.year })}
                    </Button>
                  )}
                  {can.return && v && (
                    <Button variant="secondary" data-size="sm" onClick={() => setReturning(v)} disabled={busy}>
                      {t('results.values.returnButton', { year: y.year })}
                    </Button>
                  )}
                  {can.changeApproved && (
                    <Button variant="secondary" data-size="sm" onClick={() => setEditing({ year: y.year, value: v })}>
                      {t('results.values.changeApproved', { year: y.year })}
                    </Button>
                  )}
                  {can.delete && v && (
                    <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => del(v)} disabled={busy}>
                      {t('results.values.delete', { year: y.year })}
                    </Button>
                  )}
                </div>
                {failedYear === y.year && action.isError && <ErrorAlert error={action.error} />}
                {failedYear === y.year && remove.isError && <ErrorAlert error={remove.error} />}
                {v && <ValueComments fw={fw} value={v} />}
              </article>
            </li>
          );
        })}
      </ol>
      {editing && (
        <ValueDialog
          partnershipId={fw.partnershipId}
          indicator={indicator}
          year={editing.year}
          value={editing.value}
          lang={lang}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            done(saved.year, t('results.values.done.save', { year: saved.year }));
          }}
        />
      )}
      {returning && (
        <ReturnDialog
          partnershipId={fw.partnershipId}
          value={returning}
          onClose={() => setReturning(null)}
          onReturned={(v) => {
            setReturning(null);
            done(v.year, t('results.values.done.return', { year: v.year }));
          }}
        />
      )}
    </section>
  );
}

/** Comments on one year's value, loaded when opened. */
function ValueComments({ fw, value }: { fw: ResultsFrameworkDto; value: ActualValueDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)} className="value-card__comments">
      <Details.Summary>{t('results.values.comments', { year: value.year })}</Details.Summary>
      <Details.Content>
        {open && (
          <Comments
            partnershipId={fw.partnershipId}
            entityType="indicator_value"
            entityId={value.id}
            canComment={fw.can.comment}
            title={t('results.values.commentsHeading', { year: value.year })}
            headingLevel={4}
            idPrefix={`value-${value.year}-comments`}
          />
        )}
      </Details.Content>
    </Details>
  );
}
