import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AnnualReportDto, ReportContent, ReportSavedDto } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { refreshReport, reportKey, saveReportContent } from '../reports-api';
import { Autosaver, type SaveFailure, type SaveState } from './autosaver';

/** What was typed and not yet saved, kept in this browser so that a reload or a crash loses nothing. */
interface LocalDraft {
  version: number;
  at: string;
  content: ReportContent;
}

const draftKey = (reportId: string) => `mic.report-draft.${reportId}`;

export function readLocalDraft(reportId: string): LocalDraft | null {
  try {
    const raw = localStorage.getItem(draftKey(reportId));
    return raw ? (JSON.parse(raw) as LocalDraft) : null;
  } catch {
    return null;
  }
}

function writeLocalDraft(reportId: string, draft: LocalDraft | null) {
  try {
    if (draft) localStorage.setItem(draftKey(reportId), JSON.stringify(draft));
    else localStorage.removeItem(draftKey(reportId));
  } catch {
    // A full or blocked storage only loses the extra copy; the server save goes on.
  }
}

function classify(error: unknown): SaveFailure {
  if (!isApiError(error)) return 'retry';
  if (error.code === 'CONFLICT') return 'conflict';
  if (error.code === 'REPORT_LOCKED') return 'locked';
  if (error.code === 'NETWORK_ERROR' || error.status === 0 || error.status >= 500 || error.status === 429 || error.status === 408) return 'retry';
  return 'rejected';
}

/**
 * The editor's content and its saving: typed text goes to the server a second after typing stops (and
 * to this browser's storage at once); the report in the query cache follows each save's answer.
 */
export function useReportAutosave(report: AnnualReportDto) {
  const queryClient = useQueryClient();
  const [content, setContentState] = useState<ReportContent>(report.content);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: null });
  const [offer, setOffer] = useState<LocalDraft | null>(() => {
    const draft = readLocalDraft(report.id);
    return draft && JSON.stringify(draft.content) !== JSON.stringify(report.content) ? draft : null;
  });
  const saverRef = useRef<Autosaver<ReportContent, ReportSavedDto> | null>(null);

  if (saverRef.current === null) {
    saverRef.current = new Autosaver<ReportContent, ReportSavedDto>({
      version: report.version,
      save: (version, c) => saveReportContent(report.id, version, c),
      classify,
      onState: setState,
      onSaved: (saved, _c, latest) => {
        if (latest) writeLocalDraft(report.id, null);
        queryClient.setQueryData<AnnualReportDto>(reportKey(report.id), (old) =>
          old && { ...old, version: saved.version, missing: saved.missing, financial: saved.financial, confirmations: saved.confirmations },
        );
      },
    });
  }
  const saver = saverRef.current;

  useEffect(() => {
    saver.attach();
    return () => saver.dispose();
  }, [saver]);

  // A confirmation or another action of this person moves the version on; later saves go on that one.
  useEffect(() => {
    if (!saver.busy && report.version > saver.version) saver.version = report.version;
  }, [report.version, saver]);

  // Leaving with text not yet on the server: the browser asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (saver.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saver]);

  const setContent = useCallback(
    (next: ReportContent) => {
      setContentState(next);
      writeLocalDraft(report.id, { version: saver.version, at: new Date().toISOString(), content: next });
      saver.change(next);
    },
    [report.id, saver],
  );

  return {
    content,
    setContent,
    state,
    saveNow: () => saver.saveNow(),
    /** The unsaved text this browser kept from an earlier visit, offered back. */
    offer,
    restoreOffer: () => {
      if (offer) setContent(offer.content);
      setOffer(null);
    },
    discardOffer: () => {
      writeLocalDraft(report.id, null);
      setOffer(null);
    },
    /** After a conflict: keep what I wrote, saved on top of the version the server now holds. */
    keepMine: async () => {
      const latest = await refreshReport(queryClient, report.id);
      saver.resume(latest.version);
    },
    /** After a conflict: take the server's version and give up mine. */
    takeTheirs: async () => {
      const latest = await refreshReport(queryClient, report.id);
      writeLocalDraft(report.id, null);
      saver.reset(latest.version);
      setContentState(latest.content);
    },
  };
}

export type ReportAutosave = ReturnType<typeof useReportAutosave>;
