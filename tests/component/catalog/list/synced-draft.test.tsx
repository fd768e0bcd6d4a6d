import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSyncedDraft } from '../../../../src/renderer/src/features/catalog/hooks/list/useSyncedDraft';

describe('a filter field over the applied value', () => {
  it('keeps newer typing while its own earlier sends come back one by one', () => {
    const { result, rerender } = renderHook(({ applied }) => useSyncedDraft(applied), { initialProps: { applied: '' } });
    act(() => result.current.setDraft('20'));
    act(() => result.current.markSent('20')); // sent on blur
    act(() => result.current.setDraft('80'));
    act(() => result.current.markSent('80')); // sent on Enter, before the first came back
    rerender({ applied: '20' });
    expect(result.current.draft).toBe('80');
    rerender({ applied: '80' });
    expect(result.current.draft).toBe('80');
  });

  it('follows a change made elsewhere (clear filters, a saved view)', () => {
    const { result, rerender } = renderHook(({ applied }) => useSyncedDraft(applied), { initialProps: { applied: 'shoe' } });
    act(() => result.current.setDraft('sho'));
    rerender({ applied: '' });
    expect(result.current.draft).toBe('');
  });
});
