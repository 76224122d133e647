import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, Link as RouterLink, useParams } from 'react-router';
import { Button, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isLanguage, isStrongEnough, PASSWORD_MIN_LENGTH } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { errorText, serverFieldErrors } from '../../lib/errors';
import { isApiError } from '../../api/client';
import { STORAGE_KEY } from '../../i18n';
import { PasswordStrength } from './PasswordStrength';
import { useAcceptInvitation, useInvitation } from './invitation';
import { useCurrentUser } from './session';

export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = useParams();
  const user = useCurrentUser();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ name?: string; password?: string }>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const data = invitation.data;

  // The administrator chose the invitee's language; use it unless this browser has chosen one.
  useEffect(() => {
    if (!data) return;
    setName((current) => current || data.name);
    let chosen: string | null = null;
    try {
      chosen = localStorage.getItem(STORAGE_KEY);
    } catch {
      chosen = null;
    }
    if (!chosen && isLanguage(data.language) && i18n.resolvedLanguage !== data.language) void i18n.changeLanguage(data.language);
  }, [data, i18n]);

  if (accept.isSuccess && user) return <Navigate to="/partnerships" replace />;

  const invalid = invitation.isError && isApiError(invitation.error) && invitation.error.status === 404;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const next: typeof errors = {};
    if (!name.trim()) next.name = t('invitation.nameRequired');
    if (!isStrongEnough(password)) next.password = t('errors.PASSWORD_TOO_WEAK', { min: PASSWORD_MIN_LENGTH });
    setErrors(next);
    const items = (e: typeof errors, general?: string): SummaryItem[] => [
      ...(general ? [{ message: general }] : []),
      ...(e.name ? [{ message: e.name, targetId: 'invitation-name' }] : []),
      ...(e.password ? [{ message: e.password, targetId: 'invitation-password' }] : []),
    ];
    if (next.name || next.password) return setSummary(items(next));
    setSummary([]);
    accept.mutate(
      { password, name: name.trim() },
      {
        onError: (error) => {
          const fields = serverFieldErrors(error);
          const mapped = { name: fields.name, password: fields.password };
          setErrors(mapped);
          setSummary(items(mapped, mapped.name || mapped.password ? undefined : errorText(t, error)));
        },
      },
    );
  };

  return (
    <div className="narrow">
      <PageHeading>{invalid ? t('invitation.invalidHeading') : t('invitation.heading')}</PageHeading>
      {invitation.isPending && <Loading />}
      {invalid && (
        <>
          <Paragraph>{t('errors.INVITATION_INVALID')}</Paragraph>
          <Paragraph>
            <Link asChild>
              <RouterLink to="/sign-in">{t('invitation.toSignIn')}</RouterLink>
            </Link>
          </Paragraph>
        </>
      )}
      {invitation.isError && !invalid && <ErrorAlert error={invitation.error} onRetry={() => void invitation.refetch()} />}
      {data && (
        <>
          <Paragraph>{t('invitation.intro', { email: data.email })}</Paragraph>
          <FormErrorSummary key={attempt} items={summary} />
          <form onSubmit={onSubmit} noValidate className="form-stack">
            <Textfield
              id="invitation-email"
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              value={data.email}
              readOnly
            />
            <Textfield
              id="invitation-name"
              label={t('invitation.name')}
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              error={errors.name}
            />
            <div>
              <Textfield
                id="invitation-password"
                label={t('invitation.password')}
                type="password"
                autoComplete="new-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                error={errors.password}
                aria-describedby="invitation-password-strength"
              />
              <PasswordStrength id="invitation-password-strength" password={password} />
            </div>
            <div className="form-actions">
              <Button type="submit" loading={accept.isPending}>
                {t('invitation.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
