import { BackupError } from '../backup/format';
import { ConfigError } from '../config';

/**
 * Runs a command-line entry point and exits with its code. Our own refusals and the system's (a missing
 * folder, a full disk) are printed as a sentence after `failure`; anything else with its stack trace.
 */
export function runCli(run: (argv: string[]) => Promise<number>, failure: string): void {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      const known = err instanceof BackupError || err instanceof ConfigError || typeof (err as { syscall?: unknown })?.syscall === 'string';
      process.stderr.write(`${failure}: ${known ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
