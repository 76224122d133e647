import { useState, type FormEvent } from 'react';
import { Navigate, Link as RouterLink, useLocation } from 'react-router';
import { Button, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { errorText } from '../../lib/errors';
import { useCurrentUser, useSignIn } from './session';

export function SignInPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const location = useLocation();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const from = (location.state as { from?: string } | null)?.from;
  if (user) return <Navigate to={from && from !== '/sign-in' ? from : '/'} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const errors: typeof fieldErrors = {};
    if (!email.trim()) errors.email = t('auth.emailRequired');
    if (!password) errors.password = t('auth.passwordRequired');
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      setSummary([
        ...(errors.email ? [{ message: errors.email, targetId: 'sign-in-email' }] : []),
        ...(errors.password ? [{ message: errors.password, targetId: 'sign-in-password' }] : []),
      ]);
      return;
    }
    setSummary([]);
    signIn.mutate(
      { email: email.trim(), password },
      { onError: (error) => setSummary([{ message: errorText(t, error), targetId: 'sign-in-email' }]) },
    );
  };

  return (
    <div className="narrow">
      <PageHeading>{t('auth.signInHeading')}</PageHeading>
      <Paragraph>{t('auth.signInIntro')}</Paragraph>
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <Textfield
          id="sign-in-email"
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldErrors.email}
        />
        <Textfield
          id="sign-in-password"
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fieldErrors.password}
        />
        <div className="form-actions">
          <Button type="submit" loading={signIn.isPending}>
            {t('auth.signIn')}
          </Button>
        </div>
      </form>
      <Paragraph className="section">
        <Link asChild>
          <RouterLink to="/public">{t('public.signInLink')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
