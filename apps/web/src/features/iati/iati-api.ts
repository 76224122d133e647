import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type IatiCheckDto, type IatiSettings } from '@mic/domain';
import { api } from '../../api/client';

/** GET/PUT /api/programme/iati-settings: the settings with their version and whether the caller may change them. */
export type IatiSettingsDto = IatiSettings & { version: number; can: { edit: boolean } };
export type IatiSettingsInput = IatiSettings & { version: number };

/** Query keys: everything about the IATI publication starts with 'iati'. */
export const IATI_KEY = ['iati'] as const;
const SETTINGS_PATH = '/api/programme/iati-settings';

/** The whole programme's IATI file, the one a publisher registers. */
export const IATI_ACTIVITIES_URL = '/api/iati/activities.xml';

export function useIatiSettings() {
  return useQuery({ queryKey: [...IATI_KEY, 'settings'], queryFn: ({ signal }) => api.get<IatiSettingsDto>(SETTINGS_PATH, undefined, signal) });
}

export function useSaveIatiSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IatiSettingsInput) => api.put<IatiSettingsDto>(SETTINGS_PATH, body),
    onSuccess: (saved) => {
      queryClient.setQueryData([...IATI_KEY, 'settings'], saved);
      // Sectors and the reporting organisation change what the check finds.
      void queryClient.invalidateQueries({ queryKey: [...IATI_KEY, 'check'] });
    },
  });
}

export function useIatiCheck(page: number, pageSize = DEFAULT_PAGE_SIZE) {
  return useQuery({
    queryKey: [...IATI_KEY, 'check', page, pageSize],
    queryFn: ({ signal }) => api.get<IatiCheckDto>('/api/programme/iati-check', { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}
