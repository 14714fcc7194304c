import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, readFixtureSource } from '../test-data';

const CLI = resolve(import.meta.dirname, '../../bin/sourcelight.mjs');
const SEED = join(FIXTURES_DIR, 'seed-1/source.html');
const SEED_TITLE = 'High Level U.S. And Russian Military Officials Discuss Syria Action';

function runCli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sourcelight analyze', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
  });

  it('should print the seed article title as text', () => {
    const actual = runCli(['analyze', SEED]);
    expect(actual.status).toBe(0);
    expect(actual.stdout.split('\n')[0]).toBe(SEED_TITLE);
    expect(actual.stderr).toBe('');
  });

  it('should print exactly one JSON object with the contract fields', () => {
    const actual = runCli(['analyze', SEED, '--json']);
    expect(actual.status).toBe(0);
    const report = JSON.parse(actual.stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['article', 'removed', 'quotes', 'attributions', 'people', 'sources']),
    );
    expect(Object.keys(report.article)).toEqual(
      expect.arrayContaining([
        'title',
        'byline',
        'siteName',
        'publishedTime',
        'lang',
        'wordCount',
        'readingMinutes',
        'text',
      ]),
    );
    expect(report.article.title).toBe(SEED_TITLE);
    expect(report.article.siteName).toBe('World Affairs Brief');
    expect(report.article.lang).toBe('en-US');
    expect(report.article.text).toContain('theNew York Times reported on Friday');
  });

  it('should read standard input with "-" and resolve links against --url', () => {
    const actual = runCli(
      ['analyze', '-', '--json', '--url', 'https://example.org/a/b.html'],
      readFixtureSource('seed-1'),
    );
    expect(actual.status).toBe(0);
    expect(JSON.parse(actual.stdout).article.title).toBe(SEED_TITLE);
  });

  it('should read gzip-compressed pages', () => {
    const input = join(scratch, 'seed.html.gz');
    writeFileSync(input, gzipSync(readFixtureSource('seed-1')));
    const actual = runCli(['analyze', input, '--json']);
    expect(actual.status).toBe(0);
    expect(JSON.parse(actual.stdout).article.title).toBe(SEED_TITLE);
  });

  it('should report a page without an article as null and exit 0', () => {
    const actual = runCli(['analyze', join(FIXTURES_DIR, 'search-page-1/source.html'), '--json']);
    expect(actual.status).toBe(0);
    const report = JSON.parse(actual.stdout);
    expect(report.article).toBeNull();
    expect(report.reason).toMatch(/mostly links/);
  });

  it.each([
    ['a missing file', () => join(scratch, 'missing.html'), /cannot read .*no such file/],
    ['an empty file', () => writeScratch('empty.html', ''), /is empty/],
    ['a directory', () => scratch, /is a directory/],
    [
      'binary data',
      () =>
        writeScratch('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3])),
      /binary/,
    ],
    [
      'plain text',
      () => writeScratch('notes.txt', 'just some words, no markup at all\n'),
      /does not look like HTML/,
    ],
    [
      'a corrupt gzip file',
      () => writeScratch('broken.html.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3])),
      /gzip/,
    ],
  ])(
    'should fail on %s with one line on stderr and no stack trace',
    (_name, makeInput, expected) => {
      const actual = runCli(['analyze', makeInput(), '--json']);
      expect(actual.status).toBe(1);
      expect(actual.stdout).toBe('');
      expect(actual.stderr).toMatch(expected);
      expect(actual.stderr.trim().split('\n')).toHaveLength(1);
      expect(actual.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it.each([
    [[], /Usage/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['analyze'], /exactly one file/],
    [['analyze', SEED, '--colour'], /unknown option '--colour'/],
    [['analyze', SEED, '--url', 'not a url'], /not an absolute URL/],
  ])('should reject the command line %j with usage help', (args, expected) => {
    const actual = runCli(args);
    expect(actual.status).toBe(2);
    expect(actual.stderr).toMatch(expected);
  });

  function writeScratch(name: string, content: string | Buffer): string {
    const path = join(scratch, name);
    writeFileSync(path, content);
    return path;
  }
});
