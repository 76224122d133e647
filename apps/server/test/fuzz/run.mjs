#!/usr/bin/env node
// `npm run fuzz -- --runs N [--seed S]`: the write-route fuzz test (write-routes.test.ts) with more
// generated requests per route than CI sends, or another seed. Without arguments it runs as in CI.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string' }, seed: { type: 'string' } } });
const env = { ...process.env };
for (const [name, value] of [['FUZZ_RUNS', values.runs], ['FUZZ_SEED', values.seed]]) {
  if (value === undefined) continue;
  if (!/^\d+$/.test(value)) {
    console.error(`--${name.slice(5).toLowerCase()} must be a whole number, not "${value}"`);
    process.exit(2);
  }
  env[name] = value;
}
// A long run prints how each route answered (status × count), to see what the fuzzing reached.
env.FUZZ_SUMMARY ??= '1';
const result = spawnSync('npx', ['vitest', 'run', 'apps/server/test/fuzz'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
