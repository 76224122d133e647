import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkParent,
  checkTree,
  childLevelOf,
  descendantsOf,
  firstActivityDate,
  frameworkTree,
  orderTree,
  parentLevelOf,
  placeAt,
  type TreeNode,
} from './results-tree';
import { RESULT_LEVELS } from './results-types';
import { checkResultFields } from './results';

/** A valid tree: one impact, then `shape[i]` children at each level below, positions shuffled. */
const validTree = fc
  .record({
    outcomes: fc.integer({ min: 0, max: 4 }),
    outputs: fc.integer({ min: 0, max: 3 }),
    activities: fc.integer({ min: 0, max: 3 }),
    seed: fc.integer(),
  })
  .map(({ outcomes, outputs, activities, seed }) => {
    const nodes: TreeNode[] = [{ id: 'i', parentId: null, level: 'impact', position: 0 }];
    let s = seed;
    const rand = () => (s = (s * 1103515245 + 12345) & 0x7fffffff);
    for (let o = 0; o < outcomes; o++) {
      const oid = `o${o}`;
      nodes.push({ id: oid, parentId: 'i', level: 'outcome', position: o });
      for (let p = 0; p < outputs; p++) {
        const pid = `${oid}p${p}`;
        nodes.push({ id: pid, parentId: oid, level: 'output', position: p });
        for (let a = 0; a < activities; a++) nodes.push({ id: `${pid}a${a}`, parentId: pid, level: 'activity', position: a });
      }
    }
    // The order of the flat list must not matter.
    return nodes.map((n) => ({ n, k: rand() })).sort((a, b) => a.k - b.k).map((x) => x.n);
  });

describe('the results chain', () => {
  it('knows each level’s parent and child level', () => {
    expect(RESULT_LEVELS.map(parentLevelOf)).toEqual([null, 'impact', 'outcome', 'output']);
    expect(RESULT_LEVELS.map(childLevelOf)).toEqual(['outcome', 'output', 'activity', null]);
  });

  it('puts the impact alone at the top and everything else one level below its parent', () => {
    expect(checkParent('impact', null)).toEqual([]);
    expect(checkParent('impact', { level: 'impact' })[0]?.code).toBe('RESULT_PARENT_INVALID');
    expect(checkParent('outcome', { level: 'impact' })).toEqual([]);
    expect(checkParent('output', { level: 'impact' })[0]).toMatchObject({ code: 'RESULT_PARENT_INVALID', field: 'parentId' });
    expect(checkParent('activity', null)[0]?.code).toBe('RESULT_PARENT_INVALID');
    expect(checkParent('activity', { level: 'output' })).toEqual([]);
  });

  it('finds a second impact and a result under the wrong level', () => {
    const codes = checkTree([
      { id: 'a', parentId: null, level: 'impact', position: 0 },
      { id: 'b', parentId: null, level: 'impact', position: 1 },
      { id: 'c', parentId: 'a', level: 'output', position: 0 },
    ]).map((v) => v.code);
    expect(codes).toEqual(['IMPACT_EXISTS', 'RESULT_PARENT_INVALID']);
  });
});

describe('orderTree', () => {
  it('numbers the tree in outline order', () => {
    const ordered = orderTree([
      { id: 'o2', parentId: 'i', level: 'outcome', position: 1 },
      { id: 'p', parentId: 'o2', level: 'output', position: 0 },
      { id: 'i', parentId: null, level: 'impact', position: 0 },
      { id: 'o1', parentId: 'i', level: 'outcome', position: 0 },
      { id: 'a', parentId: 'p', level: 'activity', position: 0 },
    ]);
    expect(ordered.map((r) => [r.id, r.number, r.depth])).toEqual([
      ['i', '', 0],
      ['o1', '1', 1],
      ['o2', '2', 1],
      ['p', '2.1', 2],
      ['a', '2.1.1', 3],
    ]);
  });

  it('property: keeps every result once, parents before children, unique numbers, depth = level', () => {
    fc.assert(
      fc.property(validTree, (nodes) => {
        const ordered = orderTree(nodes);
        expect(ordered.map((r) => r.id).sort()).toEqual(nodes.map((r) => r.id).sort());
        const index = new Map(ordered.map((r, i) => [r.id, i]));
        for (const r of ordered) {
          if (r.parentId) expect(index.get(r.parentId)!).toBeLessThan(index.get(r.id)!);
          expect(r.depth).toBe(RESULT_LEVELS.indexOf(r.level));
        }
        expect(new Set(ordered.map((r) => r.number)).size).toBe(ordered.length);
        expect(checkTree(nodes)).toEqual([]);
      }),
    );
  });

  it('never drops a result whose parent is missing', () => {
    const ordered = orderTree([{ id: 'x', parentId: 'gone', level: 'output', position: 0 }]);
    expect(ordered.map((r) => r.id)).toEqual(['x']);
  });
});

describe('placeAt', () => {
  it('property: a permutation with the id where asked (clamped)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 8 }), fc.string({ minLength: 1, maxLength: 3 }), fc.integer({ min: -3, max: 12 }), (ids, id, pos) => {
        const out = placeAt(ids, id, pos);
        const rest = ids.filter((x) => x !== id);
        expect([...out].sort()).toEqual([...rest, id].sort());
        expect(out.indexOf(id)).toBe(Math.max(0, Math.min(pos, rest.length)));
      }),
    );
  });
});

describe('descendantsOf and frameworkTree', () => {
  it('property: the descendants of the impact are everything else; the tree nests all of it', () => {
    fc.assert(
      fc.property(validTree, (nodes) => {
        expect(descendantsOf(nodes, 'i').length).toBe(nodes.length - 1);
        const roots = frameworkTree(nodes, [{ resultId: 'i', position: 0, id: 'ind' }]);
        expect(roots.length).toBe(1);
        expect(roots[0]!.indicators.map((x) => x.id)).toEqual(['ind']);
        const count = (n: { children: unknown[] }): number => 1 + (n.children as { children: unknown[] }[]).reduce((a, c) => a + count(c), 0);
        expect(count(roots[0]!)).toBe(nodes.length);
      }),
    );
  });
});

describe('firstActivityDate', () => {
  it('is the earliest activity start, else 1 January of the start year', () => {
    expect(
      firstActivityDate(
        [
          { level: 'activity', startDate: '2025-05-01' },
          { level: 'activity', startDate: '2025-03-15' },
          { level: 'output', startDate: '2024-01-01' },
          { level: 'activity', startDate: null },
        ],
        2025,
      ),
    ).toBe('2025-03-15');
    expect(firstActivityDate([], 2026)).toBe('2026-01-01');
  });
});

describe('checkResultFields', () => {
  const ctx = { workingLanguage: 'es', purposes: ['environment'] };
  it('wants the working language, a purpose of the partnership and dates in order', () => {
    expect(checkResultFields({ statement: { es: 'Más hogares reciclan' }, purpose: 'environment', startDate: '2025-01-01', endDate: '2025-06-30' }, ctx)).toEqual([]);
    expect(
      checkResultFields({ statement: { en: 'More households recycle' }, purpose: 'participation', startDate: '2025-06-30', endDate: '2025-01-01' }, ctx).map((v) => [v.code, v.field]),
    ).toEqual([
      ['STATEMENT_REQUIRED', 'statement'],
      ['PURPOSE_NOT_OF_PARTNERSHIP', 'purpose'],
      ['DATES_INVALID', 'endDate'],
    ]);
  });
});
