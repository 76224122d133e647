import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT as L, linePath, stepAxis, valueAxis, xOf, yOf } from './chart-scale';

describe('the progress chart axis', () => {
  it('runs from zero to a round number above the largest value', () => {
    expect(valueAxis([12, 37, 55])).toEqual({ min: 0, max: 60, ticks: [0, 20, 40, 60] });
    expect(valueAxis([0.3, 0.7]).ticks.at(-1)).toBe(0.8);
  });

  it('has a range even with no values or only zeros, and reaches below zero for negatives', () => {
    expect(valueAxis([]).max).toBeGreaterThan(0);
    expect(valueAxis([0, 0]).max).toBeGreaterThan(0);
    const axis = valueAxis([-15, 40]);
    expect(axis.min).toBeLessThanOrEqual(-15);
    expect(axis.ticks).toContain(0);
  });

  it('puts larger values higher and leaves a gap where a value is missing', () => {
    const axis = valueAxis([0, 100]);
    expect(yOf(100, axis)).toBe(L.top);
    expect(yOf(0, axis)).toBe(L.height - L.bottom);
    expect(xOf(0, 2)).toBeLessThan(xOf(1, 2));
    const path = linePath([10, null, 30, 40], axis);
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/L/g)).toHaveLength(1);
  });

  it('gives a qualitative indicator exactly its scale’s steps', () => {
    expect(stepAxis([3, 1, 2, 4])).toEqual({ min: 1, max: 4, ticks: [1, 2, 3, 4] });
    expect(stepAxis([]).max).toBeGreaterThan(0);
  });
});
