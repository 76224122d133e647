import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  APPLICATION_ACTION_RULES,
  APPLICATION_TRANSITIONS,
  applicationCompleteness,
  checkApplicationTransition,
  checkSubmission,
  isApplicationEditable,
  isLateSubmission,
  missingItemPath,
} from './applications';
import { APPLICATION_ACTIONS, APPLICATION_STATUSES, type ApplicationFacts } from './applications-types';

/** A complete first application: every section answered, documents, framework and register in order. */
function complete(): ApplicationFacts {
  return {
    kind: 'initial',
    maxPurposes: 2,
    years: [2027],
    content: {
      summary: 'Waste management in San Juan Comalapa',
      purposes: ['environment'],
      coreTasks: { home: 'Waste collection', partner: 'Recogida de residuos' },
      principles: {
        sustainability: 'Run by the municipal budget after the project',
        coherence: 'Follows the national waste policy',
        recipientResponsibility: 'Comalapa chose the priorities in its council',
        otherDonors: [{ donor: 'USAID', area: 'Water', amount: 50_000_00 }],
        nationalMobilisation: 'ANAM supports the plan',
        ownCompetence: 'Stord runs its own collection',
      },
      strategicGoals: 'Stord’s international strategy 2024–2028',
      budgetRequested: [{ year: 2027, amount: 450_000_00 }],
    },
    documents: [
      { category: 'council_decision', side: 'home' },
      { category: 'code_of_ethics', side: 'home' },
      { category: 'code_of_ethics', side: 'partner' },
    ],
    framework: {
      hasImpact: true,
      outcomes: [{ id: 'o1', title: 'Less waste in the river', indicatorCount: 1 }],
      indicators: [{ id: 'i1', name: 'Households served', hasBaseline: true, hasTarget: true }],
    },
    risks: [{ id: 'r1', title: 'Elections', unanswered: false }],
  };
}

describe('the application workflow', () => {
  it('allows exactly the transitions of the guideline', () => {
    expect(checkApplicationTransition('draft', 'submit')).toEqual([]);
    expect(checkApplicationTransition('submitted', 'start_appraisal')).toEqual([]);
    expect(checkApplicationTransition('in_appraisal', 'return')).toEqual([]);
    expect(checkApplicationTransition('returned', 'submit')).toEqual([]);
    expect(checkApplicationTransition('in_appraisal', 'approve')).toEqual([]);
    expect(checkApplicationTransition('in_appraisal', 'reject')).toEqual([]);
    expect(checkApplicationTransition('draft', 'approve')).toEqual([{ code: 'INVALID_TRANSITION', params: { from: 'draft', to: 'approved' } }]);
    expect(checkApplicationTransition('approved', 'return')[0]?.code).toBe('INVALID_TRANSITION');
  });

  it('never leaves a decided application, and agrees with its table for every status and action', () => {
    fc.assert(
      fc.property(fc.constantFrom(...APPLICATION_STATUSES), fc.constantFrom(...APPLICATION_ACTIONS), (from, action) => {
        const allowed = APPLICATION_TRANSITIONS[from].includes(APPLICATION_ACTION_RULES[action].to);
        expect(checkApplicationTransition(from, action).length === 0).toBe(allowed);
        if (from === 'approved' || from === 'rejected') expect(allowed).toBe(false);
      }),
    );
  });

  it('is editable by its coordinators only as a draft or when returned', () => {
    expect(APPLICATION_STATUSES.filter(isApplicationEditable)).toEqual(['draft', 'returned']);
  });
});

describe('the completeness check', () => {
  it('finds nothing missing in a complete application', () => {
    expect(applicationCompleteness(complete())).toEqual([]);
  });

  it('lists each missing thing with where it is put right', () => {
    const f = complete();
    f.content.summary = '  ';
    f.content.purposes = ['environment', 'participation', 'accountability'];
    f.content.coreTasks.partner = '';
    f.content.principles.recipientResponsibility = '';
    f.content.budgetRequested = [];
    f.documents = [{ category: 'code_of_ethics', side: 'home' }];
    f.framework.outcomes.push({ id: 'o2', title: 'Women on the waste committee', indicatorCount: 0 });
    f.framework.indicators.push({ id: 'i2', name: 'Share of women', hasBaseline: false, hasTarget: false });
    f.risks.push({ id: 'r2', title: 'Funds misused', unanswered: true });
    const missing = applicationCompleteness(f);
    expect(missing.map((m) => m.code)).toEqual([
      'summary_missing',
      'too_many_purposes',
      'core_task_missing',
      'principle_missing',
      'budget_missing',
      'council_decision_or_strategy_missing',
      'code_of_ethics_missing',
      'outcome_without_indicator',
      'indicator_without_baseline',
      'indicator_without_target',
      'high_risk_unanswered',
    ]);
    const paths = missing.map((m) => missingItemPath(m.target, 'p1', 'a1'));
    expect(paths).toEqual([
      '/partnerships/p1/applications/a1#summary',
      '/partnerships/p1/applications/a1#purposes',
      '/partnerships/p1/applications/a1#core_tasks',
      '/partnerships/p1/applications/a1#principles',
      '/partnerships/p1/applications/a1#budget',
      '/partnerships/p1/documents?category=council_decision&side=home',
      '/partnerships/p1/documents?category=code_of_ethics&side=partner',
      '/partnerships/p1/results/o2',
      '/partnerships/p1/results/indicators/i2',
      '/partnerships/p1/results/indicators/i2',
      '/partnerships/p1/risks/r2',
    ]);
    expect(missing.find((m) => m.code === 'core_task_missing')?.params).toEqual({ side: 'partner' });
    expect(missing.find((m) => m.code === 'too_many_purposes')?.params).toEqual({ max: 2 });
  });

  it('accepts the international strategy instead of a council decision, and asks Codes of Ethics only on a first application', () => {
    const f = complete();
    f.kind = 'annual';
    f.documents = [{ category: 'international_strategy', side: null }];
    expect(applicationCompleteness(f)).toEqual([]);
    f.kind = 'initial';
    expect(applicationCompleteness(f).map((m) => m.params?.side)).toEqual(['home', 'partner']);
  });

  it('asks for a framework and a register when there are none', () => {
    const f = complete();
    f.framework = { hasImpact: false, outcomes: [], indicators: [] };
    f.risks = [];
    expect(applicationCompleteness(f).map((m) => m.code)).toEqual(['impact_missing', 'outcome_missing', 'risks_missing']);
  });

  it('asks for a budget for every year applied for', () => {
    const f = complete();
    f.years = [2027, 2028];
    expect(applicationCompleteness(f).map((m) => [m.code, m.params?.year])).toEqual([['budget_missing', 2028]]);
  });
});

describe('submission', () => {
  it('needs the check to pass and both coordinators to confirm, the partner that it led the prioritisation', () => {
    const all = { home: true, partner: true, partnerLedPrioritisation: true };
    expect(checkSubmission([], all)).toEqual([]);
    expect(checkSubmission(applicationCompleteness({ ...complete(), risks: [] }), all).map((v) => v.code)).toEqual(['APPLICATION_INCOMPLETE']);
    expect(checkSubmission([], { ...all, partnerLedPrioritisation: false }).map((v) => v.field)).toEqual(['confirmations.partner']);
    expect(checkSubmission([], { ...all, home: false }).map((v) => v.field)).toEqual(['confirmations.home']);
  });

  it('is late after the deadline, never when the deadline is still to be announced', () => {
    expect(isLateSubmission('2026-10-01', '2026-10-01')).toBe(false);
    expect(isLateSubmission('2026-10-02', '2026-10-01')).toBe(true);
    expect(isLateSubmission('2030-01-01', null)).toBe(false);
  });
});
