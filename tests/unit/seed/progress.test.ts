import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatDuration, progressLine } from '../../../src/main/seed/pipeline/progress';

function capture(isTTY: boolean) {
  const chunks: string[] = [];
  let clock = 0;
  const reporter = createProgressReporter({ isTTY, write: (text: string) => chunks.push(text) }, () => clock);
  return { chunks, reporter, advance: (ms: number) => (clock += ms) };
}

describe('seed progress', () => {
  it('prints one line per tenth when standard error is not a terminal', () => {
    const { chunks, reporter, advance } = capture(false);
    reporter.begin('orders', 1_000);
    for (let done = 1; done <= 1_000; done += 1) {
      advance(1);
      reporter.update(done, done * 2);
    }
    reporter.end();
    const lines = chunks.join('').trim().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toMatch(/^orders\s+100\/1,000\s+10%\s+2,000 docs\/s\s+ETA 1s$/);
    expect(lines[9]).toMatch(/1,000\/1,000\s+100%.*ETA 0s$/);
    expect(chunks.join('')).not.toContain('\r');
  });

  it('prints a single line when several tenths pass at once', () => {
    const { chunks, reporter } = capture(false);
    reporter.begin('products', 200);
    reporter.update(200, 200);
    reporter.end();
    expect(chunks.join('').trim().split('\n')).toHaveLength(1);
  });

  it('rewrites one line in place on a terminal, at most every 100 ms', () => {
    const { chunks, reporter, advance } = capture(true);
    reporter.begin('reviews', 100);
    for (let done = 1; done <= 100; done += 1) {
      advance(10);
      reporter.update(done, done);
    }
    reporter.end();
    const text = chunks.join('');
    expect(text.startsWith('\r\x1b[2K')).toBe(true);
    expect(text.split('\n')).toHaveLength(2); // one final newline
    expect(chunks.length).toBeLessThan(15);
  });

  it('formats rates, percentages and time left', () => {
    expect(progressLine('users', 50, 200, 500, 2_000)).toMatch(/users\s+50\/200\s+25%\s+250 docs\/s\s+ETA 6s/);
    expect(formatDuration(59)).toBe('59s');
    expect(formatDuration(61)).toBe('1m01s');
    expect(formatDuration(3_700)).toBe('1h01m');
    expect(formatDuration(Number.NaN)).toBe('--');
  });
});
