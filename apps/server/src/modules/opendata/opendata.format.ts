/** How each open data file is written: its CSV columns and its JSON body (with the licence). */
import { toCsv, type CsvCell } from './opendata.csv';
import type { OpenDataFile } from './opendata.contract';
import { licence, type BudgetRecord, type Money, type PartnershipRecord, type ResultRecord } from './opendata.service';

type Column<T> = { header: string; value: (row: T) => CsvCell };

/** A localised text in one CSV cell: English when there is one, else the first language given. */
const oneText = (text: Record<string, string>) => text.en ?? Object.values(text)[0] ?? '';

const moneyColumns = <T>(name: string, get: (row: T) => Money | null): Column<T>[] => [
  { header: `${name}_nok`, value: (r) => get(r)?.nok },
  { header: `${name}_ore`, value: (r) => get(r)?.ore },
];

const partnershipColumns: Column<PartnershipRecord>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'iati_identifier', value: (r) => r.iatiIdentifier },
  { header: 'title', value: (r) => r.title },
  { header: 'home_municipality', value: (r) => r.homeMunicipality },
  { header: 'home_country', value: (r) => r.homeCountry },
  { header: 'partner_municipality', value: (r) => r.partnerMunicipality },
  { header: 'partner_country', value: (r) => r.partnerCountry },
  { header: 'region', value: (r) => r.region },
  { header: 'purposes', value: (r) => r.purposes.join(';') },
  { header: 'funding_source', value: (r) => r.fundingSource },
  { header: 'status', value: (r) => r.status },
  { header: 'start_year', value: (r) => r.startYear },
  { header: 'end_year', value: (r) => r.endYear },
];

const budgetColumns: Column<BudgetRecord>[] = [
  { header: 'partnership_id', value: (r) => r.partnershipId },
  { header: 'title', value: (r) => r.title },
  { header: 'year', value: (r) => r.year },
  ...moneyColumns<BudgetRecord>('budget', (r) => r.budget),
  ...moneyColumns<BudgetRecord>('granted', (r) => r.granted),
  ...moneyColumns<BudgetRecord>('paid', (r) => r.paid),
  ...moneyColumns<BudgetRecord>('expenditure', (r) => r.expenditure),
];

const resultColumns: Column<ResultRecord>[] = [
  { header: 'partnership_id', value: (r) => r.partnershipId },
  { header: 'result_id', value: (r) => r.resultId },
  { header: 'level', value: (r) => r.level },
  { header: 'result', value: (r) => oneText(r.statement) },
  { header: 'indicator_id', value: (r) => r.indicatorId },
  { header: 'indicator', value: (r) => oneText(r.indicator) },
  { header: 'unit', value: (r) => r.unit },
  { header: 'kind', value: (r) => r.kind },
  { header: 'measure', value: (r) => r.measure },
  { header: 'ascending', value: (r) => r.ascending },
  { header: 'baseline_year', value: (r) => r.baselineYear },
  { header: 'baseline_value', value: (r) => r.baselineValue },
  { header: 'year', value: (r) => r.year },
  { header: 'target', value: (r) => r.target },
  { header: 'actual', value: (r) => r.actual },
];

export function csvOf(file: OpenDataFile, records: unknown[]): string {
  if (file === 'partnerships') return toCsv(partnershipColumns, records as PartnershipRecord[]);
  if (file === 'budgets') return toCsv(budgetColumns, records as BudgetRecord[]);
  return toCsv(resultColumns, records as ResultRecord[]);
}

/** The JSON file: the licence, then the records (no timestamp in it, so the ETag only changes with the data). */
export function jsonOf(file: OpenDataFile, records: unknown[]): string {
  return JSON.stringify({ licence, dataset: file, total: records.length, items: records });
}
