/**
 * The benchmark's report: endpoints against their floors, then the jobs, each with its target of issue 10,
 * and a last line naming every missed target. A figure from a run with errors is shown but never passes.
 */
import type { ConsolidatedResult, IatiResult, StartupResult } from './jobs';
import { clean, type LoadResult } from './load';

export const TARGETS = { floorRatio: 0.5, p99Ms: 50, consolidatedMs: 5000, iatiPerSecond: 2000, iatiPeakMb: 300, startupMs: 5000 };

export interface EndpointRow {
  name: string;
  path: string;
  result?: LoadResult;
  /** node:http answering fixed JSON of the endpoint's body size, measured right after it. */
  http?: LoadResult;
  error?: string;
}

export interface FloorFigures {
  start?: LoadResult;
  end?: LoadResult;
  /** The mean of the runs at the start and at the end. */
  rps: number;
  /** True when start and end differ by more than 15 %: the machine's speed changed during the run. */
  drifted: boolean;
}

export interface Report {
  floor: FloorFigures;
  endpoints: EndpointRow[];
  consolidated?: ConsolidatedResult | { error: string };
  iati?: IatiResult | { error: string };
  startup?: StartupResult | { error: string };
}

const fixed = (n: number | undefined, digits = 0) => (n === undefined || !Number.isFinite(n) ? '–' : n.toFixed(digits));
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function problemsOf(r: LoadResult | undefined): string {
  if (!r || clean(r)) return '';
  const codes = Object.entries(r.statusCodes)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, n]) => `${n}×${code}`);
  return [r.non2xx ? `non-2xx ${r.non2xx} (${codes.join(', ')})` : '', r.errors ? `errors ${r.errors}` : '', r.timeouts ? `timeouts ${r.timeouts}` : '']
    .filter(Boolean)
    .join('; ');
}

/** Pads columns to their widest cell; numbers are right-aligned. */
function layout(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const align = (cell: string, i: number) => (i > 0 && /^[\d.–×-]+$/.test(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!));
  const lines = rows.map((r) => r.map(align).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}

export function endpointPasses(row: EndpointRow, floorRps: number): boolean {
  const r = row.result;
  return !!r && clean(r) && r.rps / floorRps >= TARGETS.floorRatio && r.p99 < TARGETS.p99Ms;
}

function endpointTable(report: Report): string {
  const { floor } = report;
  if (!floor.start && !floor.end && report.endpoints.length === 0) return '';
  const head = ['endpoint', 'rps', 'p50 ms', 'p99 ms', 'bytes', 'floor rps', 'ratio', 'http rps', 'ratio', `≥${TARGETS.floorRatio}`, `p99<${TARGETS.p99Ms}`, 'problems'];
  const floorRow = (label: string, r: LoadResult | undefined) => [label, fixed(r?.rps), fixed(r?.p50), fixed(r?.p99), fixed(r?.bytes), '', '', '', '', '', '', problemsOf(r)];
  const rows = [head, floorRow('floor: Fastify + pg PK lookup (start)', floor.start), floorRow('floor: Fastify + pg PK lookup (end)', floor.end)];
  for (const row of report.endpoints) {
    const r = row.result;
    if (!r) {
      rows.push([row.name, '–', '–', '–', '–', fixed(floor.rps), '–', '–', '–', '✗', '✗', row.error ?? 'not measured']);
      continue;
    }
    const ratio = r.rps / floor.rps;
    const httpRatio = row.http ? r.rps / row.http.rps : NaN;
    const ok = clean(r);
    const problems = [problemsOf(r), row.http && !clean(row.http) ? `http floor: ${problemsOf(row.http)}` : ''].filter(Boolean).join('; ');
    rows.push([row.name, fixed(r.rps), fixed(r.p50), fixed(r.p99), fixed(r.bytes), fixed(floor.rps), fixed(ratio, 2), fixed(row.http?.rps), fixed(httpRatio, 2), mark(ok && ratio >= TARGETS.floorRatio), mark(ok && r.p99 < TARGETS.p99Ms), problems]);
  }
  const drift = floor.drifted ? `\nThe Fastify floor moved by more than 15 % between start (${fixed(floor.start?.rps)}) and end (${fixed(floor.end?.rps)}): the machine was busy; ratios use the mean.` : '';
  return layout(rows) + drift;
}

const failed = (x: object | undefined): x is { error: string } => !!x && 'error' in x;

function jobTable(report: Report): string {
  const rows = [['job', 'figure', 'target', 'met', 'detail']];
  const { consolidated: c, iati, startup } = report;
  if (failed(c)) rows.push(['consolidated report', '–', `< ${TARGETS.consolidatedMs} ms`, '✗', c.error]);
  else if (c) {
    for (const f of c.files) {
      rows.push([`consolidated ${c.funding} ${c.year} .${f.kind}`, `${fixed(f.medianMs)} ms`, `< ${TARGETS.consolidatedMs} ms`, mark(f.medianMs < TARGETS.consolidatedMs), `${c.partnerships} partnerships, ${fixed(f.bytes / 1024)} KB, runs ${f.runsMs.map((m) => fixed(m)).join('/')} ms`]);
    }
  }
  if (failed(iati)) rows.push(['IATI export', '–', `> ${TARGETS.iatiPerSecond}/s`, '✗', iati.error]);
  else if (iati) {
    rows.push(['IATI export: activities/s', fixed(iati.perSecond), `> ${TARGETS.iatiPerSecond}/s`, mark(iati.perSecond > TARGETS.iatiPerSecond), `${iati.activities} activities in ${fixed(iati.ms)} ms (median${iati.runsMs ? ` of ${iati.runsMs.map((r) => fixed(r)).join('/')} ms` : ''}), ${fixed(iati.bytes / 1024 / 1024, 1)} MB`]);
    rows.push(['IATI export: server peak RSS', `${fixed(iati.peakRssMb)} MB`, `< ${TARGETS.iatiPeakMb} MB`, mark(iati.peakRssMb < TARGETS.iatiPeakMb), `own server process; RSS before ${fixed(iati.rssBeforeMb)} MB, VmHWM ${fixed(iati.hwmBeforeMb)} → ${fixed(iati.hwmAfterMb)} MB`]);
  }
  if (failed(startup)) rows.push(['start until /healthz 200', '–', `< ${TARGETS.startupMs} ms`, '✗', startup.error]);
  else if (startup) {
    rows.push(['start until /healthz 200', `${fixed(startup.medianMs)} ms`, `< ${TARGETS.startupMs} ms`, mark(startup.medianMs < TARGETS.startupMs), `node scripts/start.mjs on ${startup.dataDir}, runs ${startup.runsMs.map((m) => fixed(m)).join('/')} ms`]);
  }
  return rows.length > 1 ? layout(rows) : '';
}

/** Every missed target, by name (a job or endpoint that failed to run counts as missed). */
export function missesOf(report: Report): string[] {
  const misses = report.endpoints.filter((row) => !endpointPasses(row, report.floor.rps)).map((row) => row.name);
  const { consolidated: c, iati, startup } = report;
  if (failed(c)) misses.push('consolidated report');
  else if (c) misses.push(...c.files.filter((f) => f.medianMs >= TARGETS.consolidatedMs).map((f) => `consolidated .${f.kind}`));
  if (failed(iati)) misses.push('IATI export');
  else if (iati) {
    if (iati.perSecond <= TARGETS.iatiPerSecond) misses.push('IATI activities/s');
    if (iati.peakRssMb >= TARGETS.iatiPeakMb) misses.push('IATI peak memory');
  }
  if (failed(startup)) misses.push('startup');
  else if (startup && startup.medianMs >= TARGETS.startupMs) misses.push('startup');
  return misses;
}

export function renderReport(report: Report): string {
  const misses = missesOf(report);
  const summary = misses.length ? `Targets missed (${misses.length}): ${misses.join(', ')}` : 'All targets met.';
  return [endpointTable(report), jobTable(report), summary].filter(Boolean).join('\n\n');
}
