import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../lib/analyze';
import { formatReportText } from '../lib/format-report';
import type { Report } from '../lib/report';
import { InputError, parseHtml } from './parse-html';

const USAGE = `Usage: sourcelight analyze <file.html | -> [--url URL] [--json]

Prints who speaks in the article of a saved web page: quotes, attributions, people and sources.
  <file.html>   a saved page (.html or .html.gz); "-" reads standard input
  --url URL     the page's address, to resolve its relative links
  --json        print the report as one JSON object`;

/** Exit status for bad input (unreadable, empty or non-HTML). */
const EXIT_BAD_INPUT = 1;
/** Exit status for a malformed command line. */
const EXIT_USAGE = 2;
/** Exit status for a page the engine failed on. */
const EXIT_FAILED = 3;

interface CliArgs {
  file: string;
  url: string | undefined;
  json: boolean;
}

/** Runs the command line and returns its exit status; never throws for bad input. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command !== 'analyze') {
    return fail(command ? `unknown command '${command}'\n${USAGE}` : USAGE, EXIT_USAGE);
  }
  const args = parseArgs(rest);
  if (typeof args === 'string') return fail(`${args}\n${USAGE}`, EXIT_USAGE);

  let bytes: Uint8Array;
  try {
    bytes = args.file === '-' ? await readStdin() : readFileSync(args.file);
  } catch (error) {
    return fail(`cannot read '${args.file}': ${describeFsError(error)}`, EXIT_BAD_INPUT);
  }
  let report: Report;
  try {
    const page = parseHtml(bytes, args.url);
    report = analyzeDocument(page.document).report;
    report.notes.unshift(...page.notes);
  } catch (error) {
    if (error instanceof InputError)
      return fail(`'${args.file}': ${error.message}`, EXIT_BAD_INPUT);
    // A page that breaks the engine is still the user's input: one line, not a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`'${args.file}': the page could not be analysed (${reason})`, EXIT_FAILED);
  }
  process.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReportText(report),
  );
  return 0;
}

function parseArgs(argv: string[]): CliArgs | string {
  const files: string[] = [];
  let url: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      url = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!url) return '--url needs an address';
      try {
        new URL(url);
      } catch {
        return `--url '${url}' is not an absolute URL`;
      }
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`;
    else files.push(arg);
  }
  if (files.length !== 1) return 'give exactly one file, or "-" for standard input';
  return { file: files[0] as string, url, json };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (error as Error).message;
}

function fail(message: string, status: number): number {
  process.stderr.write(`sourcelight: ${message}\n`);
  return status;
}
