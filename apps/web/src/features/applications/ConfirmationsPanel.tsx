import { useState } from 'react';
import { Button, Checkbox, Heading, Paragraph, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto, PartnershipRole } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useConfirmApplication } from './applications-api';

const LED_ID = 'app-partner-led';

/**
 * Both coordinators confirm the application before it is submitted; the partner coordinator also
 * confirms that the partner municipality led the prioritisation. Shows who confirmed, and when.
 */
export function ConfirmationsPanel({ app, myRole }: { app: ApplicationDto; myRole: PartnershipRole | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const confirm = useConfirmApplication(app.id);
  const [led, setLed] = useState(false);
  const [tried, setTried] = useState(false);
  const { home, partner } = app.confirmations;
  const side = myRole === 'home_coordinator' ? 'home' : myRole === 'partner_coordinator' ? 'partner' : null;
  const mine = side === 'home' ? home : side === 'partner' ? partner : null;
  const canConfirm = app.can.confirm && side !== null && !mine;
  const ledMissing = side === 'partner' && !led;

  const onConfirm = () => {
    setTried(true);
    if (ledMissing) return document.getElementById(LED_ID)?.focus();
    confirm.mutate({ version: app.version, ...(side === 'partner' ? { partnerLedPrioritisation: true } : {}) });
  };

  return (
    <section aria-labelledby="confirmations-heading" className="section">
      <Heading level={2} data-size="sm" id="confirmations-heading">
        {t('applications.confirm.heading')}
      </Heading>
      <ul className="plain-list confirmations">
        <li>
          {home
            ? t('applications.confirm.homeDone', { name: home.byName, at: formatDateTime(home.at, lang) })
            : t('applications.confirm.homeWaiting')}
        </li>
        <li>
          {partner
            ? t(partner.partnerLedPrioritisation ? 'applications.confirm.partnerDoneLed' : 'applications.confirm.partnerDone', {
                name: partner.byName,
                at: formatDateTime(partner.at, lang),
              })
            : t('applications.confirm.partnerWaiting')}
        </li>
      </ul>
      {canConfirm && (
        <div className="form-stack confirm-box">
          {side === 'partner' && (
            <div>
              <Checkbox
                id={LED_ID}
                label={t('applications.confirm.partnerLed')}
                checked={led}
                onChange={(e) => setLed(e.target.checked)}
                aria-invalid={tried && ledMissing ? true : undefined}
                aria-describedby={tried && ledMissing ? `${LED_ID}-error` : undefined}
              />
              {tried && ledMissing && <ValidationMessage id={`${LED_ID}-error`}>{t('applications.confirm.partnerLedRequired')}</ValidationMessage>}
            </div>
          )}
          <Paragraph data-size="sm">{t('applications.confirm.hint')}</Paragraph>
          <div>
            <Button onClick={onConfirm} loading={confirm.isPending}>
              {t('applications.confirm.button')}
            </Button>
          </div>
        </div>
      )}
      {confirm.isError && <ErrorAlert error={confirm.error} />}
    </section>
  );
}
