import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const OUT = join(__dirname, '../../out');

test('the preload is one CommonJS file that needs nothing but electron (sandbox-safe)', () => {
  const preload = readFileSync(join(OUT, 'preload/index.js'), 'utf8');
  const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  expect(new Set(requires)).toEqual(new Set(['electron']));
  expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  expect(preload).toContain('exposeInMainWorld');
  expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
});

test('the built renderer carries the strict CSP', () => {
  const html = readFileSync(join(OUT, 'renderer/index.html'), 'utf8');
  expect(html).toContain("script-src 'self'");
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});
