import { isStrongEnough, PASSWORD_MIN_LENGTH } from '@mic/domain';
import { useTranslation } from 'react-i18next';

/** The live verdict on a new password, announced politely as the user types. */
export function PasswordStrength({ password, id }: { password: string; id: string }) {
  const { t } = useTranslation();
  const strong = isStrongEnough(password);
  return (
    <p id={id} className={`password-strength ${strong ? 'is-strong' : 'is-weak'}`} aria-live="polite">
      {password.length === 0
        ? t('password.hint', { min: PASSWORD_MIN_LENGTH })
        : strong
          ? t('password.strong')
          : t('password.weak', { min: PASSWORD_MIN_LENGTH })}
    </p>
  );
}
