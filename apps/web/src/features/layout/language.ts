import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Language } from '@mic/domain';
import { api } from '../../api/client';
import type { SessionDto } from '../../api/session-types';
import { rememberLanguage } from '../../i18n';
import { applySession, useCurrentUser } from '../auth/session';

/** Each language named in itself, so a reader finds their own whatever is showing. */
export const LANGUAGE_CHOICES: { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'es', name: 'Español' },
];

/** Switches the interface language; a signed-in user's choice is kept on the server too. */
export function useSwitchLanguage() {
  const { i18n } = useTranslation();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (language: Language) => api.put<SessionDto>('/api/auth/language', { language }),
    onSuccess: (session) => applySession(queryClient, session),
  });
  return (lang: Language) => {
    rememberLanguage(lang);
    void i18n.changeLanguage(lang);
    if (user && user.language !== lang) save.mutate(lang);
  };
}
