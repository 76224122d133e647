import { useState, type FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useTranslation } from 'react-i18next';
import { isStrongEnough, PASSWORD_MIN_LENGTH } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { errorText, serverFieldErrors } from '../../lib/errors';
import { isApiError } from '../../api/client';
import { PasswordStrength } from './PasswordStrength';
import { useChangePassword } from './session';
import { PersonalDataSection } from '../privacy/PersonalDataSection';
import { SignOutEverywhereSection } from './SignOutEverywhere';

type Errors = { currentPassword?: string; newPassword?: string };

export function PasswordPage() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);

  const show = (next: Errors, general?: string) => {
    setErrors(next);
    setSummary([
      ...(general ? [{ message: general }] : []),
      ...(next.currentPassword ? [{ message: next.currentPassword, targetId: 'current-password' }] : []),
      ...(next.newPassword ? [{ message: next.newPassword, targetId: 'new-password' }] : []),
    ]);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setDone(false);
    const next: Errors = {};
    if (!currentPassword) next.currentPassword = t('password.currentRequired');
    if (!isStrongEnough(newPassword)) next.newPassword = t('errors.PASSWORD_TOO_WEAK', { min: PASSWORD_MIN_LENGTH });
    if (next.currentPassword || next.newPassword) return show(next);
    show({});
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setDone(true);
        },
        onError: (error) => {
          const fields = serverFieldErrors(error);
          const code = isApiError(error) ? error.code : '';
          const mapped: Errors = {
            currentPassword: fields.currentPassword ?? (code === 'PASSWORD_INCORRECT' ? errorText(t, error) : undefined),
            newPassword: fields.newPassword ?? (code === 'PASSWORD_TOO_WEAK' ? errorText(t, error) : undefined),
          };
          show(mapped, mapped.currentPassword || mapped.newPassword ? undefined : errorText(t, error));
        },
      },
    );
  };

  return (
    <div className="narrow">
      <PageHeading>{t('password.heading')}</PageHeading>
      <Paragraph>{t('password.intro')}</Paragraph>
      {done && <SuccessAlert>{t('password.changed')}</SuccessAlert>}
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <Textfield
          id="current-password"
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={errors.currentPassword}
        />
        <div>
          <Textfield
            id="new-password"
            label={t('password.new')}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
            error={errors.newPassword}
            aria-describedby="new-password-strength"
          />
          <PasswordStrength id="new-password-strength" password={newPassword} />
        </div>
        <div className="form-actions">
          <Button type="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
        </div>
      </form>
      <SignOutEverywhereSection />
      <PersonalDataSection />
    </div>
  );
}
