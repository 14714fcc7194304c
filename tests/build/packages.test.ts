import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const OUTPUT = join(ROOT, '.output');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

/** The only permissions the shipped extension may ask for up front. */
const EXPECTED_PERMISSIONS = ['activeTab', 'scripting', 'storage'];

/** Loads the manifest of a store package built by `npm run zip`. */
async function readZippedManifest(name: string): Promise<Record<string, unknown>> {
  const path = join(OUTPUT, name);
  expect(existsSync(path), `${name} missing: run "npm run zip" first`).toBe(true);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const manifest = zip.file('manifest.json');
  expect(manifest, `${name} has no manifest.json`).not.toBeNull();
  return JSON.parse(await (manifest as JSZip.JSZipObject).async('string'));
}

describe('store packages', () => {
  it.each([
    [`sourcelight-${version}-chrome.zip`, undefined],
    [`sourcelight-${version}-firefox.zip`, 'sourcelight@sourcelight.example'],
  ])('should ship %s as MV3 with least permissions and no remote code', async (name, geckoId) => {
    const manifest = await readZippedManifest(name);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(EXPECTED_PERMISSIONS);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/unsafe-eval|127\.0\.0\.1|<all_urls>/);
    const gecko = (
      manifest.browser_specific_settings as { gecko?: Record<string, unknown> } | undefined
    )?.gecko;
    expect(gecko?.id).toBe(geckoId);
    if (geckoId) expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('should ship the Firefox sources package that addons.mozilla.org reviews', () => {
    const actual = readdirSync(OUTPUT).filter((name) => name.endsWith('-sources.zip'));
    expect(actual).toEqual([`sourcelight-${version}-sources.zip`]);
  });

  it('should pass web-ext lint with zero errors and zero warnings', () => {
    const result = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', join(OUTPUT, 'firefox-mv3'), '--output', 'json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const report = JSON.parse(result.stdout) as {
      summary: { errors: number; warnings: number };
      errors: { code: string; message: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    console.log(`web-ext lint: ${JSON.stringify(report.summary)}`);
    expect([...report.errors, ...report.warnings].map((m) => `${m.code}: ${m.message}`)).toEqual(
      [],
    );
    expect(report.summary.errors + report.summary.warnings).toBe(0);
  }, 120_000);
});
