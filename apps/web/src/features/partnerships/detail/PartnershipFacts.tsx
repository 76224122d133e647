import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnershipDetailDto, ProgrammeDto } from '@mic/domain';
import { Facts } from '../../../components/Facts';
import { StatusTag } from '../../../components/StatusTag';
import { formatDateTime, formatPeriod } from '../../../lib/format';
import { useProgrammeLabels } from '../../programme/useLabels';

/** Every fact of the partnership as a description list. */
export function PartnershipFacts({ p, programme }: { p: PartnershipDetailDto; programme: ProgrammeDto | undefined }) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const rows: [string, ReactNode][] = [
    [t('partnership.status'), <StatusTag status={p.status} />],
    [t('partnership.homeMunicipality'), `${p.homeMunicipality.name} (${labels.country(p.homeMunicipality.country)})`],
    [t('partnership.partnerMunicipality'), `${p.partnerMunicipality.name} (${labels.country(p.partnerMunicipality.country)})`],
    [t('partnership.region'), p.region ? labels.region(p.region) : t('common.none')],
    [t('partnership.fundingSource'), labels.fundingSource(p.fundingSource)],
    [t('partnership.period'), formatPeriod(p.startYear, p.endYear)],
    [t('partnership.workingLanguage'), labels.language(p.workingLanguage)],
    [
      t('partnership.purposes'),
      <ul className="plain-list">
        {p.purposes.map((code) => (
          <li key={code}>{labels.purpose(code)}</li>
        ))}
      </ul>,
    ],
    [t('partnership.myRole'), p.myRole ? t(`roles.${p.myRole}`) : t('common.none')],
    [t('partnership.createdAt'), formatDateTime(p.createdAt, labels.lang)],
    [t('partnership.updatedAt'), formatDateTime(p.updatedAt, labels.lang)],
  ];
  return <Facts rows={rows} />;
}
