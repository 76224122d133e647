import { useState, type FormEvent } from 'react';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { GLOBAL_ROLES, PARTNERSHIP_ROLES, type GlobalRole, type InvitationDto, type PartnershipRole } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { SelectField } from '../../components/SelectField';
import { errorText } from '../../lib/errors';
import { isApiError } from '../../api/client';
import { LANGUAGE_CHOICES } from '../layout/language';
import { PartnershipPicker } from './PartnershipPicker';
import { InviteResult } from './InviteResult';
import { useCreateInvitation } from './users-api';

const EMPTY = { name: '', email: '', language: 'en', globalRole: '', partnershipId: '', partnershipRole: '' };
type Values = typeof EMPTY;
type Field = keyof Values;
const IDS: Record<Field, string> = {
  name: 'invite-name',
  email: 'invite-email',
  language: 'invite-language',
  globalRole: 'invite-global-role',
  partnershipId: 'invite-partnership',
  partnershipRole: 'invite-partnership-role',
};

export function InvitePage() {
  const { t, i18n } = useTranslation();
  const create = useCreateInvitation();
  const [values, setValues] = useState<Values>({ ...EMPTY, language: i18n.resolvedLanguage ?? 'en' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<InvitationDto | null>(null);

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };
  const show = (next: Partial<Record<Field, string>>, general: string[] = []) => {
    setErrors(next);
    setSummary([
      ...general.map((message) => ({ message })),
      ...(Object.keys(IDS) as Field[]).filter((f) => next[f]).map((f) => ({ message: next[f]!, targetId: IDS[f] })),
    ]);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const next: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) next.name = t('invite.nameRequired');
    if (!/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) next.email = t('invite.emailInvalid');
    if (values.partnershipId && !values.partnershipRole) next.partnershipRole = t('users.partnershipRoleRequired');
    if (values.partnershipRole && !values.partnershipId) next.partnershipId = t('users.partnershipRequired');
    if (Object.values(next).some(Boolean)) return show(next);
    show({});
    create.mutate(
      {
        name: values.name.trim(),
        email: values.email.trim(),
        language: values.language,
        ...(values.globalRole ? { globalRole: values.globalRole as GlobalRole } : {}),
        ...(values.partnershipId
          ? { partnershipId: values.partnershipId, partnershipRole: values.partnershipRole as PartnershipRole }
          : {}),
      },
      {
        onSuccess: (invitation) => setResult(invitation),
        onError: (error) => {
          const fieldErrors: Partial<Record<Field, string>> = {};
          const general: string[] = [];
          for (const e of isApiError(error) ? error.errors : []) {
            const f = (e.field ?? '').split('.')[0] as Field;
            if (f in IDS && !fieldErrors[f]) fieldErrors[f] = e.message;
            else general.push(e.message);
          }
          if (isApiError(error) && error.code === 'EMAIL_TAKEN' && !fieldErrors.email) fieldErrors.email = errorText(t, error);
          show(fieldErrors, Object.values(fieldErrors).some(Boolean) || general.length ? general : [errorText(t, error)]);
        },
      },
    );
  };

  const another = () => {
    setResult(null);
    setValues({ ...EMPTY, language: values.language });
    setSummary([]);
    setTimeout(() => document.getElementById(IDS.name)?.focus());
  };

  return (
    <div className="form-page">
      <p className="back-link">
        <RouterLink to="/users">{t('invite.backToUsers')}</RouterLink>
      </p>
      <PageHeading>{t('invite.heading')}</PageHeading>
      <Paragraph>{t('invite.intro')}</Paragraph>
      {result ? (
        <InviteResult invitation={result} onAnother={another} />
      ) : (
        <>
          <FormErrorSummary key={attempt} items={summary} />
          <form onSubmit={onSubmit} noValidate className="form-stack">
            <Textfield id={IDS.name} label={t('invite.name')} autoComplete="off" value={values.name} onChange={(e) => set('name', e.target.value)} error={errors.name} />
            <Textfield id={IDS.email} label={t('auth.email')} type="email" autoComplete="off" value={values.email} onChange={(e) => set('email', e.target.value)} error={errors.email} />
            <SelectField
              id={IDS.language}
              label={t('invite.language')}
              description={t('invite.languageHint')}
              value={values.language}
              onChange={(v) => set('language', v)}
              options={LANGUAGE_CHOICES.map((l) => ({ value: l.code, label: l.name }))}
              error={errors.language}
            />
            <SelectField
              id={IDS.globalRole}
              label={t('users.globalRole')}
              description={t('invite.globalRoleHint')}
              placeholder={t('common.none')}
              value={values.globalRole}
              onChange={(v) => set('globalRole', v)}
              options={GLOBAL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              error={errors.globalRole}
            />
            <PartnershipPicker idPrefix={IDS.partnershipId} value={values.partnershipId} onChange={(v) => set('partnershipId', v)} placeholder={t('common.none')} error={errors.partnershipId} />
            <SelectField
              id={IDS.partnershipRole}
              label={t('users.partnershipRole')}
              placeholder={t('common.none')}
              value={values.partnershipRole}
              onChange={(v) => set('partnershipRole', v)}
              options={PARTNERSHIP_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
              error={errors.partnershipRole}
            />
            <div className="form-actions">
              <Button type="submit" loading={create.isPending}>
                {t('invite.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}
