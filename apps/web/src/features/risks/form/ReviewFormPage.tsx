import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ASSUMPTION_STATUSES, rate, type AssumptionStatus, type RiskDetailDto, type RiskSettingsDto } from '@mic/domain';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormErrorSummary, type SummaryItem } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { errorText } from '../../../lib/errors';
import { isApiError } from '../../../api/client';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { shortText, todayIso, useScaleLabels } from '../risk-labels';
import { useAddReview, useRisk, useRiskSettings } from '../risks-api';
import { ScoreFieldset } from './ScoreFieldset';
import { score } from './risk-form';
import '../risks.css';

const IDS = {
  reviewedOn: 'rv-reviewedOn',
  probability: 'rv-probability',
  consequence: 'rv-consequence',
  assumptionStatus: 'rv-assumption',
  correctiveAction: 'rv-correctiveAction',
} as const;
type Field = keyof typeof IDS;
const FIELDS = Object.keys(IDS) as Field[];
const targetId = (f: Field) => (f === 'probability' || f === 'consequence' || f === 'assumptionStatus' ? `${IDS[f]}-1` : IDS[f]);

/** /partnerships/:id/risks/:riskId/review: a coordinator scores the risk again. */
export function ReviewFormPage() {
  const { t } = useTranslation();
  const { id = '', riskId = '' } = useParams();
  const risk = useRisk(id, riskId);
  const settings = useRiskSettings();
  const r = risk.data;
  if (isApiError(risk.error) && risk.error.status === 404) return <NotFoundPage />;
  if (r && !r.can.edit) return <NotFoundPage />;
  const failed = [risk, settings].find((q) => q.isError);
  return (
    <div className="form-page">
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}/risks/${riskId}`}>{t('risks.form.backToRisk')}</RouterLink>
      </p>
      <PageHeading title={r ? `${t('risks.reviewForm.heading')} – ${shortText(r.description, 60)}` : undefined}>
        {t('risks.reviewForm.heading')}
      </PageHeading>
      {r && <Paragraph className="lead">{shortText(r.description, 200)}</Paragraph>}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (!r || !settings.data) && <Loading />}
      {r && settings.data && <ReviewForm risk={r} settings={settings.data} partnershipId={id} />}
    </div>
  );
}

function ReviewForm({ risk, settings, partnershipId }: { risk: RiskDetailDto; settings: RiskSettingsDto; partnershipId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const words = useScaleLabels(settings);
  const add = useAddReview(partnershipId, risk.id);
  const today = todayIso();
  const [values, setValues] = useState({
    reviewedOn: today,
    probability: String(risk.current.probability),
    consequence: String(risk.current.consequence),
    assumptionStatus: '' as AssumptionStatus | '',
    correctiveAction: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const live: Partial<Record<Field, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.reviewedOn)) live.reviewedOn = t('risks.form.dateRequired');
  else if (values.reviewedOn > today) live.reviewedOn = t('risks.form.dateInFuture');
  else if (values.reviewedOn < risk.identifiedOn) live.reviewedOn = t('errors.RISK_REVIEW_DATE_INVALID');
  if (!values.assumptionStatus) live.assumptionStatus = t('risks.reviewForm.assumptionRequired');
  if (values.correctiveAction.length > 2000) live.correctiveAction = t('risks.form.tooLong', { max: 2000 });
  const shown = (f: Field) => (submitted && live[f]) || serverErrors[f];

  const p = score(values.probability);
  const c = score(values.consequence);
  const rating = p !== null && c !== null ? rate(p, c, settings.thresholds) : null;

  const set = (changes: Partial<typeof values>) => {
    setValues((v) => ({ ...v, ...changes }));
    setServerErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(changes).map((k) => [k, undefined])) }));
  };
  const itemsFor = (m: Partial<Record<Field, string>>) => FIELDS.filter((f) => m[f]).map((f) => ({ message: m[f]!, targetId: targetId(f) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (Object.values(live).some(Boolean) || p === null || c === null) return setSummary(itemsFor(live));
    setSummary([]);
    try {
      await add.mutateAsync({
        reviewedOn: values.reviewedOn,
        probability: p,
        consequence: c,
        assumptionStatus: values.assumptionStatus as AssumptionStatus,
        correctiveAction: values.correctiveAction.trim(),
      });
      navigate(`/partnerships/${partnershipId}/risks/${risk.id}`, { state: { saved: 'reviewed' } });
    } catch (e) {
      const byField: Partial<Record<Field, string>> = {};
      for (const fe of isApiError(e) ? e.errors : []) if (fe.field && fe.field in IDS) byField[fe.field as Field] ??= fe.message;
      setServerErrors(byField);
      const items = itemsFor(byField);
      setSummary(items.length ? items : [{ message: errorText(t, e) }]);
    }
  };

  return (
    <>
      <Paragraph>{t('risks.reviewForm.intro')}</Paragraph>
      <Paragraph className={`live-rating live-rating--${risk.current.band}`}>
        {t('risks.reviewForm.currentNow', { rating: risk.current.rating, band: t(`risks.bands.${risk.current.band}`) })}
      </Paragraph>
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <Textfield
          id={IDS.reviewedOn}
          label={t('risks.reviewForm.reviewedOn')}
          type="date"
          max={today}
          min={risk.identifiedOn}
          value={values.reviewedOn}
          onChange={(e) => set({ reviewedOn: e.target.value })}
          error={shown('reviewedOn')}
        />
        <ScoreFieldset
          id={IDS.probability}
          legend={t('risks.reviewForm.probability')}
          value={values.probability}
          onChange={(probability) => set({ probability })}
          words={words.probability}
          error={shown('probability')}
        />
        <ScoreFieldset
          id={IDS.consequence}
          legend={t('risks.reviewForm.consequence')}
          value={values.consequence}
          onChange={(consequence) => set({ consequence })}
          words={words.consequence}
          error={shown('consequence')}
        />
        <p className={`live-rating live-rating--${rating?.band ?? 'none'}`} aria-live="polite">
          {rating ? t('risks.form.liveRating', { rating: rating.rating, band: t(`risks.bands.${rating.band}`) }) : t('risks.form.liveRatingNone')}
        </p>
        <Fieldset>
          <Fieldset.Legend>{t('risks.reviewForm.assumptionStatus')}</Fieldset.Legend>
          <Fieldset.Description>{t('risks.reviewForm.assumptionHint')}</Fieldset.Description>
          {ASSUMPTION_STATUSES.map((s, i) => (
            <Radio
              key={s}
              id={`${IDS.assumptionStatus}-${i + 1}`}
              name={IDS.assumptionStatus}
              value={s}
              label={t(`risks.assumptions.${s}`)}
              checked={values.assumptionStatus === s}
              onChange={() => set({ assumptionStatus: s })}
              aria-invalid={shown('assumptionStatus') ? true : undefined}
              aria-describedby={shown('assumptionStatus') ? `${IDS.assumptionStatus}-error` : undefined}
            />
          ))}
          {shown('assumptionStatus') && (
            <ValidationMessage id={`${IDS.assumptionStatus}-error`}>{shown('assumptionStatus')}</ValidationMessage>
          )}
        </Fieldset>
        <Textfield
          id={IDS.correctiveAction}
          label={t('risks.reviewForm.correctiveAction')}
          description={t('risks.reviewForm.correctiveActionHint')}
          multiline
          rows={3}
          value={values.correctiveAction}
          onChange={(e) => set({ correctiveAction: e.target.value })}
          error={shown('correctiveAction')}
        />
        <div className="form-actions">
          <Button type="submit" loading={add.isPending}>
            {t('risks.reviewForm.submit')}
          </Button>
          <Button asChild variant="tertiary">
            <RouterLink to={`/partnerships/${partnershipId}/risks/${risk.id}`}>{t('common.cancel')}</RouterLink>
          </Button>
        </div>
      </form>
    </>
  );
}
