import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_PAGE_SIZE,
  type FundsPartnershipRow,
  type FundsSourceDto,
  type Page,
  type InstalmentAction,
  type PartnershipPaymentsDto,
  type PaymentsPlanDto,
  type ProgrammeFundsDto,
} from '@mic/domain';
import { api, withQuery, type Query } from '../../api/client';

/** Query keys: everything about payments starts with 'payments', so one invalidation refreshes funds, plan and partnerships. */
export const PAYMENTS_KEY = ['payments'] as const;
const enc = encodeURIComponent;
const instalmentsPath = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/instalments`;

export function usePartnershipPayments(partnershipId: string) {
  return useQuery({
    queryKey: [...PAYMENTS_KEY, 'partnership', partnershipId],
    queryFn: ({ signal }) => api.get<PartnershipPaymentsDto>(instalmentsPath(partnershipId), undefined, signal),
  });
}

/** After a change: the answer replaces the partnership's payments; the programme's overviews are fetched again. */
function useAfterPaymentsChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return (saved: PartnershipPaymentsDto) => {
    queryClient.setQueryData([...PAYMENTS_KEY, 'partnership', partnershipId], saved);
    void queryClient.invalidateQueries({ queryKey: PAYMENTS_KEY, predicate: (q) => q.queryKey[1] !== 'partnership' });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
  };
}

export interface InstalmentActionBody {
  version: number;
  overrideReason?: string;
  paidOn?: string;
  paymentReference?: string;
  reason?: string;
}

export function useInstalmentAction(partnershipId: string) {
  const after = useAfterPaymentsChange(partnershipId);
  return useMutation({
    mutationFn: ({ instalmentId, action, body }: { instalmentId: string; action: InstalmentAction; body: InstalmentActionBody }) =>
      api.post<PartnershipPaymentsDto>(`${instalmentsPath(partnershipId)}/${enc(instalmentId)}/actions/${action}`, body),
    onSuccess: after,
  });
}

export function useSaveSplit(partnershipId: string) {
  const after = useAfterPaymentsChange(partnershipId);
  return useMutation({
    mutationFn: ({ year, amounts }: { year: number; amounts: { id: string; amount: number; version: number }[] }) =>
      api.put<PartnershipPaymentsDto>(`${instalmentsPath(partnershipId)}/${year}/split`, { amounts }),
    onSuccess: after,
  });
}

export function useGenerateInstalments(partnershipId: string) {
  const after = useAfterPaymentsChange(partnershipId);
  return useMutation({
    mutationFn: (year: number) => api.post<PartnershipPaymentsDto>(`${instalmentsPath(partnershipId)}/${year}/generate`),
    onSuccess: after,
  });
}

export interface FundsFilters {
  year: string;
  funding?: string;
}

const fundsQuery = (filters: FundsFilters, page: number) => ({
  queryKey: [...PAYMENTS_KEY, 'funds', filters, page],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get<ProgrammeFundsDto>('/api/programme/funds', { ...filters, page, pageSize: DEFAULT_PAGE_SIZE } as Query, signal),
  placeholderData: keepPreviousData,
});

export function useProgrammeFunds(filters: FundsFilters, page: number) {
  return useQuery(fundsQuery(filters, page));
}

/** The same answer, seen as the page of partnerships that the list component expects. */
export function useFundsPartnerships(filters: FundsFilters, page: number) {
  return useQuery({ ...fundsQuery(filters, page), select: (d: ProgrammeFundsDto): Page<FundsPartnershipRow> => d.partnerships });
}

export function useSaveFunds(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ funding, body }: { funding: string; body: { amount: number; note: string | null; version: number } }) =>
      api.put<FundsSourceDto>(`/api/programme/funds/${year}/${enc(funding)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...PAYMENTS_KEY, 'funds'] }),
  });
}

export const fundsXlsxUrl = (year: string) => withQuery('/api/programme/funds.xlsx', { year });

export interface PlanFilters {
  from: string;
  months: string;
  funding?: string;
  status?: string;
}

export function usePaymentsPlan(filters: PlanFilters, page: number) {
  return useQuery({
    queryKey: [...PAYMENTS_KEY, 'plan', filters, page],
    queryFn: ({ signal }) => api.get<PaymentsPlanDto>('/api/programme/payments-plan', { ...filters, page, pageSize: DEFAULT_PAGE_SIZE } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export const paymentsPlanXlsxUrl = (filters: PlanFilters) => withQuery('/api/programme/payments-plan.xlsx', { ...filters });
