import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AnnualReportDto } from '@mic/domain';
import { errorText } from '../../../lib/errors';
import { useTranslation } from 'react-i18next';
import { refreshReport } from '../reports-api';
import { FinancialSection } from './FinancialSection';
import { MissingList } from './MissingList';
import { NarrativeSections, type SectionSlots } from './NarrativeSections';
import { RestoreOffer, SaveConflict, SaveStatus } from './SaveStatus';
import { SubmitPanel } from './SubmitPanel';
import { useReportAutosave } from './useReportAutosave';

interface Props extends SectionSlots {
  report: AnnualReportDto;
  /** The server refused the save because the report is locked (submitted or accepted meanwhile). */
  onLocked: (reason: string) => void;
}

/** The coordinators' editor: every section saves as you go; what is missing and the submission below. */
export function ReportEditor({ report, onLocked, ...slots }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const autosave = useReportAutosave(report);
  const { content, setContent, state } = autosave;
  const locked = state.kind === 'stopped' && state.reason === 'locked';

  useEffect(() => {
    if (state.kind === 'stopped' && state.reason === 'locked') {
      onLocked(errorText(t, state.error));
      void refreshReport(queryClient, report.id);
    }
  }, [state, onLocked, t, queryClient, report.id]);

  return (
    <div className="report-editor">
      <div className="report-editor__bar">
        <SaveStatus state={state} onSaveNow={autosave.saveNow} />
      </div>
      {autosave.offer && <RestoreOffer at={autosave.offer.at} onRestore={autosave.restoreOffer} onDiscard={autosave.discardOffer} />}
      {state.kind === 'stopped' && state.reason === 'conflict' && (
        <SaveConflict onReload={() => void autosave.takeTheirs()} onKeepMine={() => void autosave.keepMine()} />
      )}
      <MissingList report={report} />
      <NarrativeSections
        report={report}
        narrative={content.narrative}
        onChange={locked ? undefined : (narrative) => setContent({ ...content, narrative })}
        {...slots}
      />
      <FinancialSection
        summary={report.financial}
        financial={content.financial}
        onChange={locked ? undefined : (financial) => setContent({ ...content, financial })}
        {...slots}
      />
      <SubmitPanel report={report} saved={state.kind === 'saved'} />
    </div>
  );
}
