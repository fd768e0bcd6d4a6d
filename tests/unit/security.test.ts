import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/main/app/content-security-policy';
import { isAllowedExternalUrl, isOwnRendererUrl, secureWebPreferences } from '../../src/main/app/security';

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

describe('Electron security baseline', () => {
  it('isolates and sandboxes the renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('allows scripts from our own files only', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('ships the same policy in index.html (frame-ancestors is header-only)', () => {
    const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const expected = directives(CONTENT_SECURITY_POLICY);
    expected.delete('frame-ancestors');
    expect(directives(meta!)).toEqual(expected);
  });

  it('accepts calls only from our own renderer', () => {
    const own = 'file:///opt/Backroom/resources/app.asar/out/renderer/index.html';
    expect(isOwnRendererUrl(`${own}#/catalog`, own)).toBe(true);
    expect(isOwnRendererUrl('file:///tmp/evil.html', own)).toBe(false);
    expect(isOwnRendererUrl('https://example.com/', own)).toBe(false);
    expect(isOwnRendererUrl('http://localhost:5173/#/orders', 'http://localhost:5173/')).toBe(true);
    expect(isOwnRendererUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isOwnRendererUrl('not a url', own)).toBe(false);
  });

  it('opens only allow-listed https links externally', () => {
    expect(isAllowedExternalUrl('https://www.mongodb.com/docs/')).toBe(true);
    expect(isAllowedExternalUrl('http://www.mongodb.com/docs/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
  });
});
