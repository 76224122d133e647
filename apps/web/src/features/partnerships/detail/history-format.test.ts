import { describe, expect, it } from 'vitest';
import { changesOf } from './history-format';

describe('history changes', () => {
  it('lists only the fields that changed, in the form’s order, without bookkeeping fields', () => {
    const before = { title: 'A', status: 'draft', purposes: ['x'], version: 1 };
    const after = { title: 'B', status: 'applied', purposes: ['x'], version: 2 };
    expect(changesOf(before, after)).toEqual([
      { field: 'title', before: 'A', after: 'B' },
      { field: 'status', before: 'draft', after: 'applied' },
    ]);
  });

  it('shows what a new record holds and what a removed one held', () => {
    expect(changesOf(null, { role: 'viewer', userId: 'u1', userName: 'Ola' })).toEqual([
      { field: 'userName', before: undefined, after: 'Ola' },
      { field: 'role', before: undefined, after: 'viewer' },
    ]);
    expect(changesOf({ role: 'viewer' }, null)).toEqual([{ field: 'role', before: 'viewer', after: undefined }]);
  });
});
