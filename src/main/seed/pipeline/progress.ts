/**
 * Seed progress on standard error: the phase, units done of the total, the
 * documents written per second and the time left. On a terminal one line is
 * rewritten in place; otherwise (CI logs, pipes) a line is printed at every
 * tenth of the way, so logs stay short.
 */
export interface ProgressReporter {
  begin(label: string, total: number): void;
  /** `done` units of the phase's total; `documents` written in the phase so far (all collections). */
  update(done: number, documents: number): void;
  end(): void;
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export const silentProgress: ProgressReporter = { begin() {}, update() {}, end() {} };

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--';
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = whole % 60;
  if (hours > 0) return `${hours}h${String(minutes).padStart(2, '0')}m`;
  if (minutes > 0) return `${minutes}m${String(secs).padStart(2, '0')}s`;
  return `${secs}s`;
}

const number = new Intl.NumberFormat('en-US');

export function progressLine(label: string, done: number, total: number, documents: number, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const percent = total > 0 ? Math.min(100, (done / total) * 100) : 100;
  const rate = seconds > 0 ? documents / seconds : 0;
  const eta = done > 0 && done < total ? ((total - done) * seconds) / done : done >= total ? 0 : Number.NaN;
  return `${label.padEnd(30)} ${number.format(done).padStart(9)}/${number.format(total)}  ${percent.toFixed(0).padStart(3)}%  ${number.format(Math.round(rate)).padStart(7)} docs/s  ETA ${formatDuration(eta)}`;
}

export function createProgressReporter(stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): ProgressReporter {
  const tty = stream.isTTY === true;
  let label = '';
  let total = 0;
  let started = 0;
  let lastDraw = 0;
  let nextDecile = 1;
  let last = { done: 0, documents: 0 };

  const line = () => progressLine(label, last.done, total, last.documents, now() - started);
  return {
    begin(name, phaseTotal) {
      label = name;
      total = phaseTotal;
      started = now();
      lastDraw = 0;
      nextDecile = 1;
      last = { done: 0, documents: 0 };
      if (tty) stream.write(`\r\x1b[2K${line()}`);
    },
    update(done, documents) {
      last = { done, documents };
      if (tty) {
        const at = now();
        if (at - lastDraw < 100) return;
        lastDraw = at;
        stream.write(`\r\x1b[2K${line()}`);
        return;
      }
      // One line when a tenth is crossed (however many at once); the last tenth is end()'s line.
      const decile = total > 0 ? Math.floor((Math.min(done, total) * 10) / total) : 0;
      if (decile >= nextDecile) {
        if (decile < 10) stream.write(`${line()}\n`);
        nextDecile = decile + 1;
      }
    },
    end() {
      stream.write(tty ? `\r\x1b[2K${line()}\n` : `${line()}\n`);
    },
  };
}
