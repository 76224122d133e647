import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { writeRoutesOf, type WriteRoute } from './requests';
import { RouteFuzzer, settingsFromEnv, summaryOf } from './runner';
import { buildWorld } from './world';

/**
 * Hostile input (issue 11): every write route of the OpenAPI document, driven with generated
 * parameters, bodies and headers, valid and invalid. No answer is a server error, every refusal is a
 * problem body with a known code, and a refused request leaves the database as it was. In CI a fixed
 * seed and a bounded count; `npm run fuzz -- --runs N [--seed S]` runs longer.
 */

const settings = settingsFromEnv({ seed: 20261128, runs: 20 });
// The clock of the world: inside the active partnership's period, so that the services run their rules.
const clock = () => new Date('2026-03-10T09:00:00Z');

/** fast-check's report (seed, path, counterexample) and the check's own message, which it keeps as the cause. */
function messageOf(error: unknown): string {
  const { message, cause } = error as Error;
  if (!(cause instanceof Error)) return message;
  const replay = message.split('\n').find((line) => line.includes('seed:')) ?? '';
  return `${cause.message}\n  replay: ${replay.trim()}`;
}

let t: TestContext;
let fuzzer: RouteFuzzer;
let routes: WriteRoute[] = [];

beforeAll(async () => {
  t = await createTestApp({}, { clock });
  fuzzer = new RouteFuzzer(await buildWorld(t));
  routes = writeRoutesOf((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
});
afterAll(async () => {
  await t?.close();
});

describe(`write routes under fuzzing (seed ${settings.seed}, ${settings.runs} runs a route)`, () => {
  test('the OpenAPI document lists the write routes', () => {
    expect(routes.length).toBeGreaterThan(60);
  });

  test('every write route answers generated requests without a server error, and refuses without writing', { timeout: 0 }, async () => {
    const failures: string[] = [];
    for (const [i, route] of routes.entries()) {
      try {
        await fuzzer.run(route, settings, i);
      } catch (error) {
        failures.push(`${route.method} ${route.path}\n${messageOf(error)}`);
      }
    }
    if (failures.length) throw new Error(`${failures.length} write route(s) failed:\n\n${failures.join('\n\n')}`);
    // The fuzzing got past the sign-in and access checks: a fair share of the routes accepted a generated request.
    if (process.env.FUZZ_SUMMARY) console.log(summaryOf(fuzzer.answers));
    const accepting = [...fuzzer.answers.values()].filter((statuses) => [...statuses.keys()].some((s) => s < 300));
    expect(accepting.length).toBeGreaterThan(routes.length / 5);
  });
});
