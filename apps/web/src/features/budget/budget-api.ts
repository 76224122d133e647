import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BudgetCategory, BudgetRulesDto, LocalAmount, MunicipalitySide, WorkPlanActivity, WorkPlanDto } from '@mic/domain';
import { api } from '../../api/client';

/** What a save of a year's work plan sends; the server converts local amounts itself. */
export interface WorkPlanInput {
  version: number;
  activities: WorkPlanActivity[];
  lines: { id: string; activityId: string | null; category: BudgetCategory; side: MunicipalitySide; description: string; amount?: number; local: LocalAmount | null }[];
  revisionReason?: string;
}

export interface BudgetRulesInput {
  yearlyCeiling: number;
  maxAdministrationPercent: number;
  ineligibleCategories: BudgetCategory[];
  varianceThresholdPercent: number;
  version: number;
}

/** Query keys: everything about budgets starts with 'budget'. */
export const BUDGET_KEY = ['budget'] as const;
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/budget`;

/** The spreadsheet of a year's work plan and budget. */
export const workPlanXlsxUrl = (partnershipId: string, year: number) => `/api/partnerships/${enc(partnershipId)}/budget.xlsx?year=${year}`;

/** A year's work plan; without a year the server picks this year, clamped into the project period. */
export function useWorkPlan(partnershipId: string, year: number | null, enabled = true) {
  return useQuery({
    queryKey: [...BUDGET_KEY, 'plan', partnershipId, year],
    queryFn: ({ signal }) => api.get<WorkPlanDto>(base(partnershipId), year ? { year } : undefined, signal),
    enabled: enabled && !!partnershipId,
  });
}

function useAfterPlanChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return (saved: WorkPlanDto) => {
    queryClient.setQueryData([...BUDGET_KEY, 'plan', partnershipId, saved.year], saved);
    void queryClient.invalidateQueries({ queryKey: [...BUDGET_KEY, 'plan', partnershipId, null] });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
  };
}

export function useSaveWorkPlan(partnershipId: string, year: number) {
  const after = useAfterPlanChange(partnershipId);
  return useMutation({ mutationFn: (body: WorkPlanInput) => api.put<WorkPlanDto>(`${base(partnershipId)}/${year}`, body), onSuccess: after });
}

export function useApproveWorkPlan(partnershipId: string, year: number) {
  const after = useAfterPlanChange(partnershipId);
  return useMutation({
    mutationFn: (body: { version: number; meetingId?: string; note?: string }) => api.post<WorkPlanDto>(`${base(partnershipId)}/${year}/approve`, body),
    onSuccess: after,
  });
}

const RULES_PATH = '/api/programme/budget-rules';

export function useBudgetRules() {
  return useQuery({ queryKey: [...BUDGET_KEY, 'rules'], queryFn: ({ signal }) => api.get<BudgetRulesDto>(RULES_PATH, undefined, signal) });
}

export function useSaveBudgetRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetRulesInput) => api.put<BudgetRulesDto>(RULES_PATH, body),
    onSuccess: (saved) => {
      queryClient.setQueryData([...BUDGET_KEY, 'rules'], saved);
      // Every plan's rule check depends on the rules.
      void queryClient.invalidateQueries({ queryKey: [...BUDGET_KEY, 'plan'] });
    },
  });
}
