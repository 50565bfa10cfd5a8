import { CommanderError } from 'commander';
import { formatLocation, KanoError } from '../errors.js';
import { exitCode, type Outcome } from './exit-code.js';
import { processIo, type Io } from './io.js';
import { buildProgram } from './program.js';

/** Runs one command line against the given world and returns its exit code; never exits itself. */
export async function run(io: Io): Promise<number> {
  // Known before parsing, so that errors in parsing the options show their stack too.
  const debug = io.argv.includes('--debug');
  let outcome: Outcome = 'ran';
  // The commands, and all they need, load only when one runs: --help and --version stay quick.
  const commands = () => import('./commands.js');
  const program = buildProgram(io.stdout, io.stderr, {
    analyze: async (files, options) => void (outcome = await (await commands()).analyze(io, files, options)),
    inspect: async (files, options) => void (outcome = (await commands()).inspect(io, files, options)),
    compare: async (older, newer, options) => (await commands()).compare(io, older, newer, options),
    report: async (files, options) => void (outcome = await (await commands()).report(io, files, options)),
    plot: async (files, options) => (await commands()).plot(io, files, options),
    template: async (options) => (await commands()).template(io, options),
    merge: async (files, options) => (await commands()).merge(io, files, options),
  });
  const failure = await outcomeOf(io, () => program.parseAsync(io.argv, { from: 'user' }), debug);
  return exitCode(failure === 'ran' ? outcome : failure);
}

async function outcomeOf(io: Io, action: () => Promise<unknown>, debug: boolean): Promise<Outcome> {
  try {
    await action();
    return 'ran';
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message; --help and --version are successes.
      return error.exitCode === 0 ? 'ran' : 'could-not-analyse';
    }
    if (error instanceof KanoError) {
      io.stderr.write(describe(error));
      if (debug) io.stderr.write(`${error.stack ?? ''}\n`);
      return 'could-not-analyse';
    }
    const internal = error instanceof Error ? error : new Error(String(error));
    io.stderr.write(
      `kano: internal error: ${internal.message}\n` +
        'This is a bug in kano. Please report it with the command you ran and, if you can, the input.\n' +
        (debug ? `${internal.stack ?? ''}\n` : 'Run again with --debug to see the stack trace.\n'),
    );
    return 'internal-error';
  }
}

/** `file:line:col: what is wrong`, the details indented, then `hint: what to do`. */
function describe(error: KanoError): string {
  const where = formatLocation(error.location);
  const column = error.location.columnName === undefined ? '' : ` (column "${error.location.columnName}")`;
  return [
    `${where === '' ? 'kano' : where}: ${error.message}${column}`,
    ...error.details.map((d) => `  ${d}`),
    ...(error.hint === undefined ? [] : [`hint: ${error.hint}`]),
  ].join('\n') + '\n';
}

/**
 * Entry point of bin/kano.cjs. A reader that closes the pipe early (`kano analyze … | head -1`) ends the
 * run quietly with success. Ctrl-C keeps Node's default (stop at once, nothing printed, status 130):
 * a JavaScript handler would only run once a long analysis had finished.
 */
export async function main(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(0);
    });
  }
  process.exitCode = await run(processIo());
}
