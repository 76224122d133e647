/**
 * The save queue behind the report editor that saves as you go. It waits until typing stops, keeps one
 * save in flight at a time and always saves the latest content last; a failed save (network, server
 * error) is retried with growing pauses, never dropped; a conflict or a lock stops it until the person
 * decides. It knows nothing of React, so that its timing can be tested with fake timers.
 */
export type SaveFailure = 'retry' | 'conflict' | 'locked' | 'rejected';

export type SaveState =
  | { kind: 'saved'; at: string | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'retrying'; error: unknown; attempt: number }
  | { kind: 'stopped'; reason: Exclude<SaveFailure, 'retry'>; error: unknown };

export interface AutosaverOptions<C, R extends { version: number; savedAt: string }> {
  version: number;
  save: (version: number, content: C) => Promise<R>;
  /** `latest`: nothing newer waits to be saved. */
  onSaved: (result: R, content: C, latest: boolean) => void;
  onState: (state: SaveState) => void;
  classify: (error: unknown) => SaveFailure;
  debounceMs?: number;
  backoffMs?: readonly number[];
}

export const BACKOFF_MS = [2_000, 4_000, 8_000, 15_000, 30_000] as const;

export class Autosaver<C, R extends { version: number; savedAt: string }> {
  version: number;
  private content: C | null = null;
  private seq = 0;
  private savedSeq = 0;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = false;
  private disposed = false;
  private state: SaveState = { kind: 'saved', at: null };

  constructor(private readonly o: AutosaverOptions<C, R>) {
    this.version = o.version;
  }

  get current(): SaveState {
    return this.state;
  }

  /** Whether some content has not reached the server yet. */
  get dirty(): boolean {
    return this.seq !== this.savedSeq;
  }

  get busy(): boolean {
    return this.inFlight;
  }

  /** New content typed: saved once typing has paused (or, after a failure, at the next retry). */
  change(content: C) {
    this.content = content;
    this.seq++;
    // A refused save (too long a text) is tried again once the person changes something; a conflict or lock waits for them.
    if (this.stopped && this.state.kind === 'stopped' && this.state.reason === 'rejected') this.stopped = false;
    if (this.stopped) return;
    if (this.state.kind === 'retrying') return; // the retry timer saves the latest
    this.setState(this.inFlight ? { kind: 'saving' } : { kind: 'pending' });
    this.schedule(this.o.debounceMs ?? 1_000);
  }

  /** "Save now": skips the pause (and a retry's wait). */
  saveNow() {
    if (this.stopped) return;
    void this.flush();
  }

  /** After a conflict, "keep mine": saves the content on the version the server now holds. */
  resume(version: number) {
    this.version = version;
    this.stopped = false;
    this.attempt = 0;
    if (this.dirty) void this.flush();
    else this.setState({ kind: 'saved', at: null });
  }

  /** Starts again from what the server holds (a reload): anything unsaved is given up. */
  reset(version: number) {
    this.clearTimer();
    this.version = version;
    this.stopped = false;
    this.attempt = 0;
    this.savedSeq = this.seq;
    this.setState({ kind: 'saved', at: null });
  }

  /** Mounted (again: React's strict mode unmounts and remounts once in development). */
  attach() {
    this.disposed = false;
    if (this.dirty && !this.stopped && this.timer === null && !this.inFlight) this.schedule(this.o.debounceMs ?? 1_000);
  }

  dispose() {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(ms: number) {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private clearTimer() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async flush() {
    this.clearTimer();
    if (this.inFlight || this.stopped || this.disposed || !this.dirty || this.content === null) return;
    const seq = this.seq;
    const content = this.content;
    this.inFlight = true;
    this.setState({ kind: 'saving' });
    try {
      const result = await this.o.save(this.version, content);
      this.inFlight = false;
      if (this.disposed) return;
      this.version = result.version;
      this.savedSeq = seq;
      this.attempt = 0;
      this.o.onSaved(result, content, !this.dirty);
      if (!this.dirty) this.setState({ kind: 'saved', at: result.savedAt });
      // Typed while this save was on its way: save that too, unless the pause is still running.
      else if (this.timer === null) void this.flush();
      else this.setState({ kind: 'pending' });
    } catch (error) {
      this.inFlight = false;
      if (this.disposed) return;
      const failure = this.o.classify(error);
      if (failure === 'retry') {
        const backoff = this.o.backoffMs ?? BACKOFF_MS;
        const wait = backoff[Math.min(this.attempt, backoff.length - 1)]!;
        this.attempt++;
        this.setState({ kind: 'retrying', error, attempt: this.attempt });
        this.schedule(wait);
      } else {
        this.stopped = true;
        this.setState({ kind: 'stopped', reason: failure, error });
      }
    }
  }

  private setState(state: SaveState) {
    this.state = state;
    this.o.onState(state);
  }
}
