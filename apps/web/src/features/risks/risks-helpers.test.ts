import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { DEFAULT_RISK_SETTINGS } from '@mic/domain';
import { cellAt, moveFocus } from './heat-map';
import { historyKeys, riskHistoryValue } from './risk-history';
import { parseRegisterFilters } from './register-filters';
import { shortText, todayIso } from './risk-labels';
import { emptyRisk, newMeasure, toRiskInput, validateRisk, type RiskFormValues } from './form/risk-form';
import { listSearch, parseProgrammeRiskFilters } from './programme/programme-filters';
import { previewBands, toSettingsInput, validateSettings, valuesOfSettings } from './settings/risk-settings-form';

const t = ((key: string) => key) as unknown as TFunction;

describe('heat map keyboard', () => {
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(moveFocus({ probability: 3, consequence: 3 }, 'ArrowUp')).toEqual({ probability: 4, consequence: 3 });
    expect(moveFocus({ probability: 3, consequence: 3 }, 'ArrowRight')).toEqual({ probability: 3, consequence: 4 });
    expect(moveFocus({ probability: 5, consequence: 1 }, 'ArrowUp')).toEqual({ probability: 5, consequence: 1 });
    expect(moveFocus({ probability: 1, consequence: 1 }, 'ArrowLeft')).toEqual({ probability: 1, consequence: 1 });
  });

  it('goes to the row ends with Home and End, the corners with Ctrl', () => {
    expect(moveFocus({ probability: 2, consequence: 3 }, 'Home')).toEqual({ probability: 2, consequence: 1 });
    expect(moveFocus({ probability: 2, consequence: 3 }, 'End')).toEqual({ probability: 2, consequence: 5 });
    expect(moveFocus({ probability: 2, consequence: 3 }, 'Home', true)).toEqual({ probability: 5, consequence: 1 });
    expect(moveFocus({ probability: 2, consequence: 3 }, 'End', true)).toEqual({ probability: 1, consequence: 5 });
    expect(moveFocus({ probability: 2, consequence: 3 }, 'a')).toBeUndefined();
  });

  it('finds a cell, or an empty one', () => {
    const cells = [{ probability: 4, consequence: 5, count: 2, band: 'high' as const }];
    expect(cellAt(cells, { probability: 4, consequence: 5 }).count).toBe(2);
    expect(cellAt(cells, { probability: 1, consequence: 1 })).toEqual({ probability: 1, consequence: 1, count: 0, band: 'low' });
  });
});

describe('filters in the address', () => {
  it('keeps only values the API knows', () => {
    const { filters, page } = parseRegisterFilters(new URLSearchParams('status=open&band=extreme&category=security&page=3'));
    expect(filters).toEqual({ status: 'open', category: 'security' });
    expect(page).toBe(3);
  });

  it('falls back to the highest risks and keeps the filters when switching list', () => {
    const params = new URLSearchParams('region=guatemala&list=nonsense&page=2');
    expect(parseProgrammeRiskFilters(params)).toEqual({ filters: { region: 'guatemala' }, list: 'highest', page: 2 });
    expect(listSearch(params, 'overdue')).toBe('?region=guatemala&list=overdue');
    expect(listSearch(new URLSearchParams('list=overdue'), 'highest')).toBe('');
  });
});

describe('risk form', () => {
  const today = '2026-11-27';
  const filled = (): RiskFormValues => ({
    ...emptyRisk(today),
    description: ' Council elections may change priorities ',
    category: 'political',
    origin: 'external',
    owner: 'Mayor’s office',
    probability: '4',
    consequence: '3',
  });

  it('asks for every required field and a score on the scale', () => {
    const e = validateRisk(t, { ...emptyRisk(today), probability: '6' }, today);
    expect(Object.keys(e).sort()).toEqual(['category', 'consequence', 'description', 'origin', 'owner', 'probability']);
  });

  it('refuses dates after today and checks measures and tolerance only when they are used', () => {
    const v = { ...filled(), identifiedOn: '2026-11-28', responseType: 'reduce_probability' as const, measures: [newMeasure()] };
    const e = validateRisk(t, { ...v, documentTolerance: true, justification: '', acceptedBy: 'KS', acceptedOn: today }, today);
    expect(e).toEqual({
      identifiedOn: 'risks.form.dateInFuture',
      'response.measures.0.action': 'risks.form.actionRequired',
      'response.measures.0.responsible': 'risks.form.responsibleRequired',
      'tolerance.justification': 'risks.form.justificationRequired',
    });
    expect(validateRisk(t, { ...filled(), measures: [newMeasure()], responseType: 'no_response_possible' }, today)).toEqual({});
  });

  it('sends numbers, trimmed texts, no measures for "no response possible" and null for no tolerance', () => {
    const input = toRiskInput({
      ...filled(),
      responseType: 'no_response_possible',
      measures: [{ ...newMeasure(), action: 'x', responsible: 'y' }],
    });
    expect(input).toMatchObject({
      description: 'Council elections may change priorities',
      probability: 4,
      consequence: 3,
      response: { type: 'no_response_possible', measures: [] },
      tolerance: null,
      resultId: null,
    });
    const tolerated = toRiskInput({ ...filled(), documentTolerance: true, justification: ' j ', acceptedBy: ' KS ', acceptedOn: today });
    expect(tolerated.tolerance).toEqual({ justification: 'j', acceptedBy: 'KS', acceptedOn: today });
  });
});

describe('risk settings form', () => {
  const dto = { ...DEFAULT_RISK_SETTINGS, bands: [], version: 3, updatedAt: '' };

  it('round-trips the settings and previews the bands', () => {
    const values = valuesOfSettings(dto);
    expect(validateSettings(t, values)).toEqual({});
    expect(previewBands(values)?.map((b) => [b.from, b.to])).toEqual([
      [1, 4],
      [5, 9],
      [10, 25],
    ]);
    const input = toSettingsInput(values, dto.version);
    expect(input.thresholds).toEqual({ mediumFrom: 5, highFrom: 10 });
    expect(input.probabilityLabels).toEqual(DEFAULT_RISK_SETTINGS.probabilityLabels);
    expect(input.version).toBe(3);
  });

  it('flags thresholds out of order, an interval out of range and an empty label', () => {
    const values = valuesOfSettings(dto);
    values.mediumFrom = '12';
    values.reviewIntervalMonths = '0';
    values.consequenceLabels[3]!.es = ' ';
    expect(Object.keys(validateSettings(t, values)).sort()).toEqual(['consequenceLabels.3.es', 'mediumFrom', 'reviewIntervalMonths']);
  });
});

describe('small helpers', () => {
  it('gives today as an API date and shortens long texts', () => {
    expect(todayIso(new Date(2026, 10, 7))).toBe('2026-11-07');
    expect(shortText('a  b', 10)).toBe('a b');
    expect(shortText('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('risk entries in the partnership history', () => {
  it('names risk actions and fields from the risk catalogue, others as before', () => {
    expect(historyKeys('risk', 'fields', 'description')).toEqual(['risks.history.fields.description', 'history.fields.description']);
    expect(historyKeys('result', 'fields', 'description')).toBe('history.fields.description');
  });

  it('puts values in words', () => {
    const tt = ((key: string, o?: { count?: number }) => (o?.count === undefined ? key : `${key}:${o.count}`)) as unknown as TFunction;
    expect(riskHistoryValue(tt, 'category', 'political')).toBe('risks.categories.political');
    expect(riskHistoryValue(tt, 'current', { probability: 4, consequence: 5 })).toBe('4 × 5 = 20');
    expect(riskHistoryValue(tt, 'response', { type: 'reduce_probability', measures: [{ action: 'Train two people' }] })).toBe(
      'risks.responseTypes.reduce_probability: Train two people',
    );
    expect(riskHistoryValue(tt, 'tolerance', null)).toBe('—');
    expect(riskHistoryValue(tt, 'because', ['risks.a', 'risks.b'])).toBe('risks.history.because:2');
    expect(riskHistoryValue(tt, 'status', 'closed')).toBeUndefined();
    expect(riskHistoryValue(tt, 'owner', 'KS')).toBeUndefined();
  });
});
