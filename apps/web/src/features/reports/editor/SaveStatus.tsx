import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import type { SaveState } from './autosaver';

/** Saved, Saving or Not saved, said to screen readers as it changes; a failed save offers "Save now". */
export function SaveStatus({ state, onSaveNow }: { state: SaveState; onSaveNow: () => void }) {
  const { t, i18n } = useTranslation();
  const failed = state.kind === 'retrying' || (state.kind === 'stopped' && state.reason === 'rejected');
  const text =
    state.kind === 'saved'
      ? state.at
        ? t('reports.save.savedAt', { time: formatDateTime(state.at, i18n.resolvedLanguage ?? 'en') })
        : t('reports.save.saved')
      : state.kind === 'pending'
        ? t('reports.save.pending')
        : state.kind === 'saving'
          ? t('reports.save.saving')
          : state.kind === 'retrying'
            ? t('reports.save.retrying')
            : state.reason === 'rejected'
              ? t('reports.save.rejected', { reason: errorText(t, state.error) })
              : t('reports.save.stopped');
  return (
    <div className={`report-save report-save--${failed ? 'failed' : state.kind}`}>
      <Paragraph role="status" data-size="sm" className="report-save__text">
        {text}
      </Paragraph>
      {failed && (
        <Button variant="secondary" data-size="sm" onClick={onSaveNow}>
          {t('reports.save.now')}
        </Button>
      )}
    </div>
  );
}

/** The text this browser kept from an earlier visit that never reached the server. */
export function RestoreOffer({ at, onRestore, onDiscard }: { at: string; onRestore: () => void; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert data-color="info" className="page-alert">
      <Paragraph>{t('reports.save.offer', { time: formatDateTime(at, i18n.resolvedLanguage ?? 'en') })}</Paragraph>
      <div className="button-row">
        <Button data-size="sm" onClick={onRestore}>
          {t('reports.save.restore')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={onDiscard}>
          {t('reports.save.discard')}
        </Button>
      </div>
    </Alert>
  );
}

/** Someone else saved the report meanwhile: take theirs, or keep mine and save it over theirs. */
export function SaveConflict({ onReload, onKeepMine }: { onReload: () => void; onKeepMine: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="warning" className="page-alert" role="alert">
      <Paragraph>{t('reports.save.conflict')}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" data-size="sm" onClick={onReload}>
          {t('reports.save.takeTheirs')}
        </Button>
        <Button variant="secondary" data-size="sm" onClick={onKeepMine}>
          {t('reports.save.keepMine')}
        </Button>
      </div>
    </Alert>
  );
}
