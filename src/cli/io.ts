/** Where the CLI writes: data to stdout, messages to stderr. Injected so tests and the library stay clean. */
import chalk, { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Colour for messages on stderr (plain when stderr is not a terminal or NO_COLOR is set). */
  color: ChalkInstance;
}

export function processIo(): Io {
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
