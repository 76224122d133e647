import { useState } from 'react';
import { isVersionConflict } from '../api/client';

interface Mutation<Body> {
  mutateAsync: (body: Body) => Promise<unknown>;
  reset: () => void;
  error: unknown;
}

/**
 * The save flow of a form that edits one versioned object: a save on a stale version is not an error of
 * the form but a conflict shown above it, with a way to reload the latest; `formKey` remounts the form on
 * the saved or reloaded version so it starts from what the server holds.
 */
export function useVersionedSave<Body>(save: Mutation<Body>, refetch: () => Promise<unknown>, version: number | undefined) {
  const [savedAt, setSavedAt] = useState(0);
  const conflict = isVersionConflict(save.error);

  const reset = () => {
    save.reset();
    setSavedAt(0);
  };

  return {
    conflict,
    justSaved: savedAt > 0,
    formKey: `${version ?? 0}-${savedAt}`,
    reset,
    reload: async () => {
      reset();
      await refetch();
    },
    /** Saves; a conflict is left for the alert, any other error goes back to the form. */
    submit: async (body: Body) => {
      try {
        await save.mutateAsync(body);
        setSavedAt(Date.now());
      } catch (e) {
        if (!isVersionConflict(e)) throw e;
      }
    },
  };
}

/**
 * For a page that shows a version conflict once, above its form (ConflictAlert): runs the save and
 * answers `{ value }`, or `null` on a version conflict, which is then not the form's error (its summary
 * would take the focus and repeat the message); the form keeps what the user typed.
 */
export async function saveUnlessConflict<T>(save: () => Promise<T>): Promise<{ value: T } | null> {
  try {
    return { value: await save() };
  } catch (e) {
    if (isVersionConflict(e)) return null;
    throw e;
  }
}
