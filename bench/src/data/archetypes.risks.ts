import type { AssumptionStatus, RiskCategory, RiskResponseType } from '@mic/domain';
import type { Db } from '../../../apps/server/src/db/client';
import { registerStateBody, riskCreateBody, riskPatchBody, riskReviewBody } from '../../../apps/server/src/modules/risks/risks.contract';
import { addReview, createRisk, setRegisterState, updateRisk } from '../../../apps/server/src/modules/risks/risks.service';
import type { Team, Framework } from './archetypes.framework';
import type { ArchetypeSpec } from './archetypes.specs';

interface RiskText {
  description: string;
  category: RiskCategory;
  origin: 'internal' | 'external';
  owner: string;
  probability: number;
  consequence: number;
  response: RiskResponseType | null;
  measure: string | null;
  /** Where a high risk is carried rather than reduced. */
  tolerated?: boolean;
  /** The three reviews' probability and consequence, oldest first. */
  reviews: [number, number][];
  result?: string;
  /** Closed after its last review. */
  closes?: boolean;
}

/** Six risks from low to high, each with its response; reviewed three times over the period. */
const RISKS: RiskText[] = [
  {
    description: 'Municipal elections change the council majority and the partnership loses political backing.',
    category: 'political', origin: 'external', owner: 'Mayor’s office', probability: 3, consequence: 4,
    response: 'reduce_consequence', measure: 'Brief all council groups on the partnership before the election.',
    reviews: [[3, 4], [2, 4], [2, 3]],
  },
  {
    description: 'Funds for field activities are spent outside the approved work plan.',
    category: 'financial_corruption', origin: 'internal', owner: 'Finance department', probability: 2, consequence: 5,
    response: 'reduce_probability', measure: 'Two signatures on every payment; quarterly reconciliation shared with the home municipality.',
    reviews: [[2, 5], [2, 5], [1, 5]], result: 'o2b',
  },
  {
    description: 'Trained technical staff leave for better paid jobs.',
    category: 'staff_turnover', origin: 'internal', owner: 'Human resources', probability: 4, consequence: 3,
    response: 'reduce_consequence', measure: 'Pair every trained technician with a colleague and keep manuals in the municipal archive.',
    reviews: [[4, 3], [4, 3], [3, 3]], result: 'o1a',
  },
  {
    description: 'Heavy rains damage roads and interrupt service routes for weeks.',
    category: 'natural_hazard', origin: 'external', owner: 'Technical department', probability: 4, consequence: 4,
    response: 'tolerate', measure: null, tolerated: true,
    reviews: [[4, 4], [5, 4], [4, 4]], result: 'o1b',
  },
  {
    description: 'Insecurity in two districts keeps staff from holding public hearings there.',
    category: 'security', origin: 'external', owner: 'Participation office', probability: 2, consequence: 3,
    response: 'reduce_probability', measure: 'Hold hearings in the district school with the community leaders present.',
    reviews: [[2, 3], [3, 3], [2, 2]], result: 'o2a',
  },
  {
    description: 'The partner’s IT system cannot publish budget documents online.',
    category: 'partner_capacity', origin: 'internal', owner: 'IT unit', probability: 3, consequence: 2,
    response: 'reduce_probability', measure: 'Publish through the national open-budget portal until the system is replaced.',
    reviews: [[3, 2], [2, 2], [1, 1]], closes: true,
  },
];

const ASSUMPTIONS: AssumptionStatus[] = ['holds', 'partly_holds', 'holds'];

/** Review dates spread over the period so far: one early, one in the middle, one recent. */
function reviewDates(spec: ArchetypeSpec): string[] {
  const y = spec.startYear;
  if (spec.stage === 'applying') return ['2026-08-15', '2026-10-01', '2026-11-20'];
  return [`${y}-05-20`, `${y + 1}-05-14`, `${Math.min(y + 2, 2026)}-10-02`];
}

/** The risk register: six risks, three reviews each, saved as complete (then a closed one). */
export async function buildRisks(db: Db, spec: ArchetypeSpec, pid: string, team: Team, fw: Framework): Promise<number> {
  // An applicant identifies its risks while writing the application; the others did a year before starting.
  const identifiedOn = spec.stage === 'applying' ? '2026-06-10' : `${spec.startYear - 1}-11-20`;
  const dates = reviewDates(spec);
  let count = 0;
  for (const [i, r] of RISKS.entries()) {
    const editor = i % 2 === 0 ? team.home : team.partner;
    const body = riskCreateBody.parse({
      description: r.description,
      category: r.category,
      origin: r.origin,
      owner: r.owner,
      resultId: r.result ? fw.results.get(r.result) : null,
      identifiedOn,
      probability: r.probability,
      consequence: r.consequence,
      response: { type: r.response, measures: r.measure ? [{ action: r.measure, responsible: r.owner, dueDate: `${spec.startYear}-06-30` }] : [] },
      tolerance: r.tolerated
        ? { justification: 'No measure within the partnership’s reach lowers it; routes are re-planned after each storm.', acceptedBy: 'Partnership steering group', acceptedOn: identifiedOn }
        : null,
    });
    const id = await createRisk(db, editor, pid, body);
    for (const [k, [p, c]] of r.reviews.entries()) {
      await addReview(
        db,
        editor,
        pid,
        id,
        riskReviewBody.parse({ reviewedOn: dates[k], probability: p, consequence: c, assumptionStatus: ASSUMPTIONS[k], correctiveAction: k === 1 ? 'Measure followed up at the annual meeting.' : '' }),
      );
    }
    // Created at version 1, one more for each review.
    if (r.closes) await updateRisk(db, editor, pid, id, riskPatchBody.parse({ status: 'closed', version: 1 + r.reviews.length }));
    count++;
  }
  await setRegisterState(db, team.home, pid, registerStateBody.parse({ state: 'complete', version: 1 }));
  return count;
}
