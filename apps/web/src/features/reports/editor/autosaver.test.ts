import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, type SaveFailure, type SaveState } from './autosaver';

interface Saved {
  version: number;
  savedAt: string;
}

function setup(responses: ('ok' | SaveFailure)[] = []) {
  const calls: { version: number; content: string }[] = [];
  const states: SaveState['kind'][] = [];
  const pending: { resolve: () => void; reject: (e: unknown) => void }[] = [];
  let version = 1;
  const saver = new Autosaver<string, Saved>({
    version: 1,
    debounceMs: 1000,
    backoffMs: [2000, 4000],
    save: (v, content) => {
      calls.push({ version: v, content });
      const outcome = responses.shift() ?? 'ok';
      return new Promise<Saved>((resolve, reject) => {
        pending.push({
          resolve: () => (outcome === 'ok' ? resolve({ version: ++version, savedAt: 'now' }) : reject(new Error(outcome))),
          reject,
        });
      });
    },
    classify: (e) => (e as Error).message as SaveFailure,
    onSaved: () => {},
    onState: (s) => states.push(s.kind),
  });
  const answer = async () => {
    pending.shift()!.resolve();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { saver, calls, states, answer };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the autosave queue', () => {
  it('saves once typing has paused for a second, with the latest text', async () => {
    const { saver, calls } = setup();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(500);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([{ version: 1, content: 'ab' }]);
  });

  it('keeps one save in flight and saves what was typed meanwhile last, on the new version', async () => {
    const { saver, calls, answer } = setup();
    saver.change('a');
    await vi.advanceTimersByTimeAsync(1000);
    saver.change('ab');
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
    await answer();
    expect(calls).toEqual([
      { version: 1, content: 'a' },
      { version: 2, content: 'ab' },
    ]);
    await answer();
    expect(saver.dirty).toBe(false);
    expect(saver.current.kind).toBe('saved');
  });

  it('retries a failed save with a pause, and "save now" does not wait for it', async () => {
    const { saver, calls, states, answer } = setup(['retry', 'retry']);
    saver.change('text');
    await vi.advanceTimersByTimeAsync(1000);
    await answer();
    expect(saver.current.kind).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    await answer();
    saver.change('text and more');
    saver.saveNow();
    expect(calls.at(-1)).toEqual({ version: 1, content: 'text and more' });
    await answer();
    expect(saver.dirty).toBe(false);
    expect(states.at(-1)).toBe('saved');
  });

  it('stops on a conflict until the person keeps their text, then saves it on the server version', async () => {
    const { saver, calls, answer } = setup(['conflict']);
    saver.change('mine');
    await vi.advanceTimersByTimeAsync(1000);
    await answer();
    expect(saver.current).toMatchObject({ kind: 'stopped', reason: 'conflict' });
    saver.change('mine, longer');
    await vi.advanceTimersByTimeAsync(5000);
    expect(calls).toHaveLength(1);
    saver.resume(7);
    expect(calls.at(-1)).toEqual({ version: 7, content: 'mine, longer' });
  });
});
