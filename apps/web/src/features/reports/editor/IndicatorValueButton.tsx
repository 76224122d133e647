import { useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localize, type ReportIndicatorDto } from '@mic/domain';
import { useFramework } from '../../results/results-api';
import { ValueDialog } from '../../results/indicator/ValueDialog';
import { reportKey } from '../reports-api';

interface Props {
  id: string;
  partnershipId: string;
  reportId: string;
  year: number;
  indicator: ReportIndicatorDto;
}

/**
 * Enters the year's value of an indicator from the report, into the results framework (the one
 * source of truth), with the framework's own dialog; the report then reads it back.
 */
export function IndicatorValueButton({ id, partnershipId, reportId, year, indicator }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [open, setOpen] = useState(false);
  const framework = useFramework(partnershipId);
  const queryClient = useQueryClient();
  const full = framework.data?.indicators.find((i) => i.id === indicator.id);
  const value = full?.values.find((v) => v.year === year) ?? null;
  return (
    <>
      <Button id={id} variant="secondary" data-size="sm" disabled={!full} onClick={() => setOpen(true)}>
        {t('reports.indicators.enterValue', { name: localize(indicator.name, lang) })}
      </Button>
      {open && full && (
        <ValueDialog
          partnershipId={partnershipId}
          indicator={full}
          year={year}
          value={value}
          lang={lang}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            void queryClient.invalidateQueries({ queryKey: reportKey(reportId) });
          }}
        />
      )}
    </>
  );
}
