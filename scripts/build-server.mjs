// Bundles the API server (apps/server/src + the workspace packages) into one ES module, so a start
// loads one file instead of transpiling hundreds of TypeScript files on the way (issue 10: ready in
// under 5 s). npm dependencies stay outside the bundle and load from node_modules as usual.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'apps/server');
export const serverBundle = path.join(serverDir, 'dist/server.mjs');
const SOURCES = ['apps/server/src', 'apps/server/package.json', 'packages/domain/src', 'packages/i18n/src'];

function newest(p) {
  if (!statSync(p).isDirectory()) return statSync(p).mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(p)) latest = Math.max(latest, newest(path.join(p, entry)));
  return latest;
}

/** Whether the bundle is missing or older than any of its sources. */
export function serverBundleStale() {
  if (!existsSync(serverBundle)) return true;
  const built = statSync(serverBundle).mtimeMs;
  return SOURCES.map((p) => path.join(root, p)).filter(existsSync).some((p) => newest(p) > built);
}

export async function buildServer() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(path.join(serverDir, 'package.json'), 'utf8'));
  const dist = path.dirname(serverBundle);
  rmSync(dist, { recursive: true, force: true });
  await build({
    entryPoints: { server: path.join(serverDir, 'src/main.ts') },
    outdir: dist,
    outExtension: { '.js': '.mjs' },
    // Code behind a dynamic import (the XLSX, DOCX and PDF writers, the demo) goes into its own chunk and
    // loads on first use. Chunks sit beside server.mjs: modules find files relative to themselves.
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // npm packages load from node_modules; the workspace packages (@mic/*) are TypeScript and go in.
    external: Object.keys(pkg.dependencies ?? {}),
    logLevel: 'warning',
  });
  // The migrator reads the SQL files beside the module that opens the database.
  cpSync(path.join(serverDir, 'src/db/migrations'), path.join(dist, 'migrations'), { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildServer();
  console.log(`Built ${path.relative(root, serverBundle)}`);
}
