import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/shared/contract';
import { describeAuditValue } from '../../../src/renderer/src/features/audit/audit-values';
import { AuditDiffTable } from '../../../src/renderer/src/features/audit/components/AuditDiffTable';

const changes: AuditEntry['changes'] = [
  { path: 'address.city', before: 'Lagos', after: 'Abuja' },
  { path: 'password', before: '[redacted]', after: '[redacted]' },
  { path: 'pricing.sale', before: null, after: 19.5 },
  { path: 'tags', before: ['a'], after: ['a', 'b'] },
  { path: 'isActive', before: true, after: false },
];

function row(path: string) {
  const header = screen.getByRole('rowheader', { name: path });
  return within(header.closest('tr')!).getAllByRole('cell').map((cell) => cell.textContent);
}

describe('AuditDiffTable', () => {
  it('lists each changed field by its dotted path with before and after', () => {
    render(<AuditDiffTable changes={changes} />);
    const table = screen.getByRole('table', { name: 'Changed fields' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Field', 'Before', 'After']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['address.city', 'password', 'pricing.sale', 'tags', 'isActive']);
    expect(row('address.city')).toEqual(['Lagos', 'Abuja']);
    expect(row('isActive')).toEqual(['true', 'false']);
  });

  it('shows redacted values as such, never anything else', () => {
    render(<AuditDiffTable changes={changes} />);
    expect(row('password')).toEqual(['[redacted]', '[redacted]']);
    const [before] = within(screen.getByRole('rowheader', { name: 'password' }).closest('tr')!).getAllByText('[redacted]');
    expect(before).toHaveAttribute('title', 'Secret values never reach the audit log');
  });

  it('marks an absent value and pretty-prints structured ones in a monospace block', () => {
    render(<AuditDiffTable changes={changes} />);
    expect(row('pricing.sale')).toEqual(['(none)', '19.5']);
    const after = within(screen.getByRole('rowheader', { name: 'tags' }).closest('tr')!).getAllByRole('cell')[1]!;
    const block = after.querySelector('pre');
    expect(block?.textContent).toBe('[\n  "a",\n  "b"\n]');
  });

  it('says so when a call changed nothing', () => {
    render(<AuditDiffTable changes={[]} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('This call changed no stored fields.')).toBeInTheDocument();
  });
});

describe('describeAuditValue', () => {
  it('names each kind of value', () => {
    expect(describeAuditValue(undefined)).toEqual({ kind: 'none', text: '(none)' });
    expect(describeAuditValue(null)).toEqual({ kind: 'none', text: '(none)' });
    expect(describeAuditValue('[redacted]')).toEqual({ kind: 'redacted', text: '[redacted]' });
    expect(describeAuditValue('')).toEqual({ kind: 'text', text: '' });
    expect(describeAuditValue(0)).toEqual({ kind: 'text', text: '0' });
    expect(describeAuditValue({ city: 'Lagos' })).toEqual({ kind: 'json', text: '{\n  "city": "Lagos"\n}' });
  });
});
