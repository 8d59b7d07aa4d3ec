/** How every command line ends: its exit code, or one line on stderr, never a stack trace. */
import { PageError } from '../read/page-source';

export function runCommand(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message =
        error instanceof PageError
          ? error.message
          : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
      console.error(`${name}: ${message}`);
      process.exitCode = 1;
    },
  );
}
