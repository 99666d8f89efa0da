/** Where the CLI writes: data to stdout, messages to stderr. Injected so tests and the library stay clean. */
import chalk, { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Colour for messages on stderr (plain when stderr is not a terminal or NO_COLOR is set). */
  color: ChalkInstance;
}

let pipeGuarded = false;

/** A reader that stops reading (`rinse … | head`) ends rinse quietly, as it ends `cat`. */
function guardBrokenPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}

export function processIo(): Io {
  guardBrokenPipe();
  const stderrTty = Boolean((process.stderr as { isTTY?: boolean }).isTTY);
  const level = stderrTty && !('NO_COLOR' in process.env) && !process.argv.includes('--no-color') ? chalk.level : 0;
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, color: new Chalk({ level }) };
}

export function message(io: Io, text: string): void {
  io.stderr.write(`${text}\n`);
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
