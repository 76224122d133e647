import type { Violation } from './errors';
import { RESULT_LEVELS, type ResultLevel } from './results-types';

/**
 * The shape of a results framework: one impact, outcomes under it, outputs under each outcome,
 * activities under each output. Pure functions on flat lists of results (id, parentId, level, position).
 */
export interface TreeNode {
  id: string;
  parentId: string | null;
  level: ResultLevel;
  position: number;
}

export function levelIndex(level: ResultLevel): number {
  return RESULT_LEVELS.indexOf(level);
}

/** The level a parent of `level` must have; null for the impact (it has none). */
export function parentLevelOf(level: ResultLevel): ResultLevel | null {
  return RESULT_LEVELS[levelIndex(level) - 1] ?? null;
}

/** The level of the results under one of `level`; null for an activity (it has none). */
export function childLevelOf(level: ResultLevel): ResultLevel | null {
  return RESULT_LEVELS[levelIndex(level) + 1] ?? null;
}

/** Results that may carry indicators: everything but activities. */
export function isObjectiveLevel(level: ResultLevel): boolean {
  return level !== 'activity';
}

/**
 * Whether a result of `level` may sit under `parent` (null: at the top). The impact stands alone at
 * the top; everything else sits exactly one level below its parent.
 */
export function checkParent(level: ResultLevel, parent: { level: ResultLevel } | null): Violation[] {
  const wanted = parentLevelOf(level);
  const ok = wanted === null ? parent === null : parent !== null && parent.level === wanted;
  return ok ? [] : [{ code: 'RESULT_PARENT_INVALID', field: 'parentId', params: { level, parentLevel: wanted ?? '' } }];
}

/** Every way a list of results breaks the tree's shape (one impact; each result one level under its parent). */
export function checkTree(nodes: TreeNode[]): Violation[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const v: Violation[] = [];
  if (nodes.filter((n) => n.level === 'impact').length > 1) v.push({ code: 'IMPACT_EXISTS' });
  for (const n of nodes) {
    const parent = n.parentId === null ? null : (byId.get(n.parentId) ?? null);
    if (n.parentId !== null && !parent) v.push({ code: 'RESULT_PARENT_INVALID', field: n.id });
    else v.push(...checkParent(n.level, parent).map((x) => ({ ...x, field: n.id })));
  }
  return v;
}

export type Numbered<T> = T & { depth: number; number: string };

/**
 * The results in tree order (depth first, siblings by position then id) with their depth and outline
 * number: "" for the impact, "1", "2" for outcomes, "1.1" for outputs, "1.1.1" for activities. A
 * result whose parent is missing is listed as a root, so nothing is ever dropped.
 */
export function orderTree<T extends TreeNode>(nodes: T[]): Numbered<T>[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, T[]>();
  for (const n of nodes) {
    const key = n.parentId !== null && ids.has(n.parentId) && n.parentId !== n.id ? n.parentId : null;
    const list = children.get(key) ?? [];
    list.push(n);
    children.set(key, list);
  }
  const bySiblingOrder = (a: T, b: T) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const out: Numbered<T>[] = [];
  const seen = new Set<string>();
  const walk = (parentKey: string | null, prefix: string, depth: number) => {
    const list = [...(children.get(parentKey) ?? [])].sort(bySiblingOrder);
    list.forEach((n, i) => {
      if (seen.has(n.id)) return;
      seen.add(n.id);
      const number = depth === 0 && n.level === 'impact' ? '' : prefix ? `${prefix}.${i + 1}` : `${i + 1}`;
      out.push({ ...n, depth, number });
      walk(n.id, number, depth + 1);
    });
  };
  walk(null, '', 0);
  // Cycles cannot come from the API (a parent is always one level up), but never lose a row.
  for (const n of nodes) if (!seen.has(n.id)) out.push({ ...n, depth: 0, number: '?' });
  return out;
}

/** Every result under `rootId` (not itself), at any depth. */
export function descendantsOf<T extends TreeNode>(nodes: T[], rootId: string): T[] {
  const out: T[] = [];
  const queue = [rootId];
  const seen = new Set(queue);
  while (queue.length) {
    const id = queue.shift()!;
    for (const n of nodes) {
      if (n.parentId === id && !seen.has(n.id)) {
        seen.add(n.id);
        out.push(n);
        queue.push(n.id);
      }
    }
  }
  return out;
}

/**
 * The sibling order after putting `id` at `position` (0-based; past the end means last) among
 * `siblingIds` (which may or may not already contain it).
 */
export function placeAt(siblingIds: string[], id: string, position: number): string[] {
  const rest = siblingIds.filter((s) => s !== id);
  const at = Math.max(0, Math.min(Math.trunc(position), rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * The project's first activity: the earliest start date of an activity, else 1 January of the
 * start year (ISO yyyy-mm-dd).
 */
export function firstActivityDate(results: { level: ResultLevel; startDate: string | null }[], startYear: number): string {
  const dates = results.filter((r) => r.level === 'activity' && r.startDate).map((r) => r.startDate!);
  dates.sort();
  return dates[0] ?? `${String(startYear).padStart(4, '0')}-01-01`;
}

export type TreeOf<R, I> = R & { indicators: I[]; children: TreeOf<R, I>[] };

/** Nests flat results and indicators (as the framework answer lists them) for a tree view. */
export function frameworkTree<R extends TreeNode, I extends { resultId: string; position: number }>(
  results: R[],
  indicators: I[],
): TreeOf<R, I>[] {
  const nodes = new Map<string, TreeOf<R, I>>();
  const ordered = orderTree(results);
  for (const r of ordered) nodes.set(r.id, { ...(r as R), indicators: [], children: [] });
  for (const i of [...indicators].sort((a, b) => a.position - b.position)) nodes.get(i.resultId)?.indicators.push(i);
  const roots: TreeOf<R, I>[] = [];
  for (const r of ordered) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId !== null ? nodes.get(r.parentId) : undefined;
    if (parent && r.depth > 0) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
