import type { Actor, WorkPlanContent } from '@mic/domain';
import type { Db } from '../../../apps/server/src/db/client';
import { municipalityBody } from '../../../apps/server/src/modules/municipalities/municipalities.contract';
import { createMunicipality } from '../../../apps/server/src/modules/municipalities/municipalities.service';
import { partnershipCreateBody } from '../../../apps/server/src/modules/partnerships/partnerships.contract';
import { changeStatus, createPartnership } from '../../../apps/server/src/modules/partnerships/partnerships.service';
import { applyFor, payYear, planYear, reviseYear, type InstalmentEnd } from './archetypes.finance';
import { buildFramework, recordValue, type Framework, type Team, type ValueEnd } from './archetypes.framework';
import { actorOf, inviteCoordinator } from './archetypes.people';
import { publish, reportYear, uploadApplicationDocuments, type ReportEnd } from './archetypes.reports';
import { buildRisks } from './archetypes.risks';
import { ARCHETYPES, THIS_YEAR, at, type ArchetypeSpec } from './archetypes.specs';

export interface Archetype {
  partnershipId: string;
  label: string;
}

/** The programme officer of the demo programme acts for the office throughout. */
const OFFICE_EMAIL = 'officer@mic.example';

/** The partnership and its two municipalities, created by the office as the create form does. */
async function createOne(db: Db, office: Actor, spec: ArchetypeSpec): Promise<string> {
  const home = await createMunicipality(db, office, municipalityBody.parse({ name: spec.home.name, country: 'NO', orgNumber: spec.home.orgNumber }));
  const partner = await createMunicipality(db, office, municipalityBody.parse({ name: spec.partner.name, country: spec.partner.country }));
  return createPartnership(
    db,
    office,
    partnershipCreateBody.parse({
      title: spec.title,
      homeMunicipalityId: home.id,
      partnerMunicipalityId: partner.id,
      fundingSource: spec.fundingSource,
      startYear: spec.startYear,
      workingLanguage: spec.language,
      purposes: spec.purposes,
    }),
  );
}

async function teamOf(db: Db, office: Actor, spec: ArchetypeSpec, pid: string): Promise<Team> {
  const invited = at(`${spec.startYear - 1}-09-05`);
  const home = await inviteCoordinator(db, office, spec.homeCoordinator, pid, 'home_coordinator', invited);
  const partner = await inviteCoordinator(db, office, spec.partnerCoordinator, pid, 'partner_coordinator', invited);
  return { office, home, partner };
}

const yearsOf = (spec: ArchetypeSpec) => [0, 1, 2].map((i) => spec.startYear + i);

/** How far each year's actual goes: past years approved (with the story's exceptions), this year partly entered. */
function valueEnd(spec: ArchetypeSpec, year: number, indicator: number): ValueEnd | null {
  if (year > THIS_YEAR) return null;
  if (year === THIS_YEAR) return spec.stage === 'completed' ? 'approved' : indicator < 3 ? 'draft' : null;
  const lastPast = year === THIS_YEAR - 1;
  if (lastPast && spec.story.pendingValues && indicator % 2 === 1) return 'submitted';
  if (lastPast && spec.story.draftReport && indicator === 0) return 'returned';
  return 'approved';
}

async function recordValues(db: Db, spec: ArchetypeSpec, pid: string, team: Team, fw: Framework) {
  for (const [yi, year] of yearsOf(spec).entries()) {
    for (const [i, ind] of fw.indicators.entries()) {
      const end = valueEnd(spec, year, i);
      if (end) await recordValue(db, team, pid, ind, year, yi, end);
    }
  }
}

/** The report of each year that is over: old ones accepted, the last one as the story says. */
function reportEnd(spec: ArchetypeSpec, year: number): ReportEnd | null {
  if (spec.stage === 'completed') return 'accepted';
  if (year >= THIS_YEAR) return null;
  if (year < THIS_YEAR - 1) return 'accepted';
  if (spec.story.returnedReport) return 'returned';
  return spec.story.draftReport ? 'draft' : 'submitted';
}

/**
 * Past years are paid. This year (two Norad instalments, one from the Ministry): the first Norad one
 * paid and the second approved or withheld; the Ministry's approved, or still planned while the
 * partnership's last report stands returned.
 */
function instalmentEnd(spec: ArchetypeSpec, year: number, i: number): InstalmentEnd {
  if (year < THIS_YEAR || spec.stage === 'completed') return 'paid';
  if (spec.fundingSource === 'mfa') return spec.story.returnedReport ? 'planned' : 'approved';
  if (i === 0) return 'paid';
  return spec.story.withheld ? 'withheld' : 'approved';
}

/** A funded partnership: grants, work plans, actuals, instalments and reports for the years so far. */
async function runFunded(db: Db, spec: ArchetypeSpec, pid: string, team: Team, fw: Framework) {
  const years = yearsOf(spec);
  await applyFor(db, team, spec, pid, spec.startYear, 'approved', spec.story.returnedApplication);
  await changeStatus(db, team.office, pid, 'active');
  for (const year of years.slice(1)) await applyFor(db, team, spec, pid, year, 'approved');

  const plans = new Map<number, WorkPlanContent>();
  for (const year of years) plans.set(year, await planYear(db, team, spec, pid, fw, year, true));
  if (spec.story.revision) plans.set(years[1]!, await reviseYear(db, team, pid, years[1]!, plans.get(years[1]!)!));

  await recordValues(db, spec, pid, team, fw);
  for (const year of years) await payYear(db, team, pid, year, (i) => instalmentEnd(spec, year, i));
  for (const year of years) {
    const end = reportEnd(spec, year);
    const audit = (spec.stage === 'completed' && year === spec.startYear + 2) || (!!spec.story.auditRequired && year === spec.startYear);
    if (end) await reportYear(db, team, spec, pid, fw, plans.get(year)!, year, end, audit);
  }
  if (spec.stage === 'completed') await changeStatus(db, team.office, pid, 'completed');
}

async function buildOne(db: Db, office: Actor, spec: ArchetypeSpec): Promise<string> {
  const pid = await createOne(db, office, spec);
  const team = await teamOf(db, office, spec, pid);
  const fw = await buildFramework(db, spec, pid, team);
  await buildRisks(db, spec, pid, team, fw);
  const decisionId = await uploadApplicationDocuments(db, team, pid, spec);
  await changeStatus(db, team.home, pid, 'applied');
  if (spec.stage === 'applying') {
    await applyFor(db, team, spec, pid, spec.startYear, 'in_appraisal');
    await planYear(db, team, spec, pid, fw, spec.startYear, false);
    return pid;
  }
  await runFunded(db, spec, pid, team, fw);
  // Payments to a municipality in a country at war are kept off the public page.
  await publish(db, team, pid, decisionId, spec.partner.country === 'UA' ? ['payments'] : []);
  return pid;
}

/** Builds the archetypes through the app's services; returns them in a stable order. */
export async function buildArchetypes(db: Db, opts: { log?: (line: string) => void }): Promise<Archetype[]> {
  const office = await actorOf(db, OFFICE_EMAIL);
  const out: Archetype[] = [];
  for (const spec of ARCHETYPES) {
    const started = performance.now();
    const partnershipId = await buildOne(db, office, spec);
    opts.log?.(`archetype ${spec.key}: ${spec.label} (${Math.round(performance.now() - started)} ms)`);
    out.push({ partnershipId, label: spec.label });
  }
  return out;
}
