import { useState, type FormEvent } from 'react';
import { Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { valueInRange, type ActualValueDto, type IndicatorDto } from '@mic/domain';
import { DialogActions } from '../../../components/DialogActions';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useSaveValue } from '../results-api';
import { ValueInput } from '../shared/ValueInput';
import { numberText, parseNumber } from '../value-format';

interface Props {
  partnershipId: string;
  indicator: IndicatorDto;
  year: number;
  /** The year's value, when there is one; an approved one is changed with a reason. */
  value: ActualValueDto | null;
  lang: string;
  onClose: () => void;
  onSaved: (value: ActualValueDto) => void;
}

/** The fields a server message can sit at; anything else (a stale version) is said above the buttons. */
const SHOWN = ['value', 'comment', 'reason'];

/** Enter or change a year's actual value (a number, or a step of the scale) with its narrative. */
export function ValueDialog({ partnershipId, indicator, year, value, lang, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = useSaveValue(partnershipId);
  const [text, setText] = useState(numberText(value?.value, lang));
  const [comment, setComment] = useState(value?.comment ?? '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const approved = value?.status === 'approved';
  const headingId = 'value-dialog-heading';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const n = parseNumber(text);
    const found: Record<string, string> = {};
    if (n === null || Number.isNaN(n)) found.value = t('results.values.valueRequired');
    else if (!valueInRange(indicator, n)) found.value = t('errors.VALUE_OUT_OF_RANGE');
    if (approved && !reason.trim()) found.reason = t('results.values.reasonRequired');
    setErrors(found);
    if (Object.keys(found).length || n === null) return;
    save.mutate(
      {
        indicatorId: indicator.id,
        year,
        value: n,
        comment: comment.trim() || null,
        ...(value ? { version: value.version } : {}),
        ...(approved ? { reason: reason.trim() } : {}),
      },
      {
        onSuccess: onSaved,
        onError: (error) => {
          const byField: Record<string, string> = {};
          for (const e of isApiError(error) ? error.errors : []) {
            if (e.field && SHOWN.includes(e.field) && !byField[e.field]) byField[e.field] = e.message;
          }
          setErrors(byField);
        },
      },
    );
  };

  const heading = approved
    ? t('results.values.changeApprovedHeading', { year })
    : value
      ? t('results.values.editHeading', { year })
      : t('results.values.enterHeading', { year });

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId} className="manage-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {heading}
        </Heading>
        {approved && <Paragraph data-size="sm">{t('results.values.changeApprovedIntro')}</Paragraph>}
        {value && !approved && value.status !== 'draft' && <Paragraph data-size="sm">{t('results.values.backToDraft')}</Paragraph>}
      </Dialog.Block>
      <Dialog.Block>
        <form onSubmit={onSubmit} noValidate className="form-stack">
          <ValueInput
            id="value-number"
            label={t('results.values.value')}
            value={text}
            onChange={setText}
            error={errors.value}
            kind={indicator.kind}
            measure={indicator.measure}
            unit={indicator.unit}
            scale={indicator.scale}
          />
          <Textfield
            id="value-comment"
            label={t('results.values.comment')}
            description={t('results.values.commentHint')}
            multiline
            rows={4}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={errors.comment}
          />
          {approved && (
            <Textfield
              id="value-reason"
              label={t('results.values.reason')}
              description={t('results.values.reasonHint')}
              multiline
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={errors.reason}
            />
          )}
          {save.isError && !SHOWN.some((f) => errors[f]) && <ErrorAlert error={save.error} />}
          <DialogActions submitLabel={t('results.values.save')} pending={save.isPending} onClose={onClose} />
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
