import { useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { useProgramme } from './programme-api';
import { ProgrammeForm } from './ProgrammeForm';
import { RiskSettingsSection } from '../risks/settings/RiskSettingsSection';
import { ResultsSettingsLink } from '../results/settings/ResultsSettingsLink';
import { CycleSettingsLink } from '../cycle/settings/CycleSettingsLink';
import { BudgetRulesLink } from '../budget/BudgetLinks';

/** Administrators view and change the programme's configuration: rules as data, not code. */
export function ProgrammeSettingsPage() {
  const { t } = useTranslation();
  const programme = useProgramme();
  const [savedAt, setSavedAt] = useState(0);
  return (
    <div className="form-page wide">
      <PageHeading>{t('programmeForm.heading')}</PageHeading>
      <Paragraph>{t('programmeForm.intro')}</Paragraph>
      <ResultsSettingsLink />
      <CycleSettingsLink />
      <BudgetRulesLink />
      {programme.isPending && <Loading />}
      {programme.isError && <ErrorAlert error={programme.error} onRetry={() => void programme.refetch()} />}
      {programme.data && (
        <ProgrammeForm
          key={`${programme.data.version}-${savedAt}`}
          programme={programme.data}
          onSaved={() => setSavedAt(Date.now())}
          onReload={() => void programme.refetch()}
          justSaved={savedAt > 0}
        />
      )}
      <RiskSettingsSection />
    </div>
  );
}
