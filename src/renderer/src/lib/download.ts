/** Hands text to the browser (or Electron's download handling) as a file. */
export function downloadTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once click() returns; give it a moment anyway.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** `backroom-audit-2025-03-09.csv`: a prefix dated in local time. */
export function datedFileName(prefix: string, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
