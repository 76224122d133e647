import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards API calls to the Fastify server; MIC_API_TARGET points it elsewhere
// (e.g. MIC_API_TARGET=http://localhost:3100 when the server runs on its own port).
const target = process.env.MIC_API_TARGET ?? 'http://localhost:3000';
const DESIGN_SYSTEM_REACT = /[\\/]@digdir[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/]/;

export default defineConfig({
  // The build writes .br and .gz beside each asset; the server sends them as they are (issue 10).
  plugins: [react(), precompress()],
  server: {
    port: Number(process.env.MIC_WEB_PORT ?? 5173),
    proxy: {
      '/api': { target, changeOrigin: false },
      '/healthz': { target, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // The design system's React package declares no `sideEffects`, so every page would get all of it
      // (and the floating-ui, virtualiser and combobox behind components it does not use). Its modules
      // only define components; the custom elements they need come from @digdir/designsystemet-web,
      // which keeps its side effects and stays wherever a used component imports it (issue 10).
      treeshake: { moduleSideEffects: (id: string) => (DESIGN_SYSTEM_REACT.test(id) ? false : undefined) },
    },
  },
});

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text assets worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml)$/;
/** Below this a compressed copy saves too little to be worth a file. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` and `<file>.gz` beside each text asset of the build, compressed once at their
 * strongest, so the server never compresses on the fly (@fastify/static `preCompressed`).
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'mic-precompress',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await listFiles(outDir);
      await Promise.all(files.filter((f) => COMPRESSIBLE.test(f)).map(compressFile));
    },
  };
}

async function compressFile(file: string): Promise<void> {
  if ((await stat(file)).size < MIN_BYTES) return;
  const data = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    gz(data, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
