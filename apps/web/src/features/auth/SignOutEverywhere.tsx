import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSignOutEverywhere } from './session';

/** On the account page: end every session of the account, on every device, this one included. */
export function SignOutEverywhereSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOutEverywhere(() => navigate('/sign-in', { replace: true }));
  return (
    <section className="section" aria-labelledby="sign-out-everywhere-heading">
      <Heading level={2} data-size="sm" id="sign-out-everywhere-heading">
        {t('password.everywhereHeading')}
      </Heading>
      <Paragraph id="sign-out-everywhere-text">{t('password.everywhereText')}</Paragraph>
      {signOut.isError && <ErrorAlert error={signOut.error} />}
      <Button variant="secondary" loading={signOut.isPending} aria-describedby="sign-out-everywhere-text" onClick={() => signOut.mutate()}>
        {t('password.everywhereButton')}
      </Button>
    </section>
  );
}
