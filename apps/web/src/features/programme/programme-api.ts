import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProgrammeConfig, ProgrammeDto } from '@mic/domain';
import { api } from '../../api/client';

export const PROGRAMME_KEY = ['programme'] as const;

export function useProgramme() {
  return useQuery({ queryKey: PROGRAMME_KEY, queryFn: () => api.get<ProgrammeDto>('/api/programme'), staleTime: 5 * 60_000 });
}

export type ProgrammeInput = Omit<ProgrammeDto, 'id'>;

export function useSaveProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeInput) => api.put<ProgrammeDto>('/api/programme', body),
    onSuccess: (programme) => queryClient.setQueryData(PROGRAMME_KEY, programme),
  });
}

/** The rules' view of the programme (checkPartnership takes a ProgrammeConfig). */
export function toConfig(p: ProgrammeDto): ProgrammeConfig {
  return {
    code: p.code,
    name: p.name,
    goal: p.goal,
    purposes: p.purposes,
    maxPurposes: p.maxPurposes,
    regions: p.regions,
    fundingSources: p.fundingSources,
    projectYears: p.projectYears,
    workingLanguages: p.workingLanguages,
  };
}
