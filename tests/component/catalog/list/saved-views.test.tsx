import { describe, expect, it } from 'vitest';
import { findView, parseSavedViews, savedViewsKey, withView, withoutView } from '../../../../src/renderer/src/features/catalog/hooks/list/saved-views';
import { NO_SELECTION, pageSelectionState, selectedCount, setRows, toggleRow } from '../../../../src/renderer/src/features/catalog/hooks/list/row-selection';

describe('saved views', () => {
  it('are kept under a key naming the user', () => {
    expect(savedViewsKey('65f000000000000000000001')).toBe('backroom.catalog.savedViews.65f000000000000000000001');
  });

  it('skip whatever in storage is not a view', () => {
    expect(parseSavedViews(null)).toEqual([]);
    expect(parseSavedViews('not json')).toEqual([]);
    expect(parseSavedViews('{"name":"x"}')).toEqual([]);
    expect(parseSavedViews('[null, 3, {"name":"  "}, {"name":"Low stock","query":"stock=low_stock"}, {"name":1,"query":""}]')).toEqual([
      { name: 'Low stock', query: 'stock=low_stock' },
    ]);
  });

  it('replace a view of the same name (case aside) and stay sorted', () => {
    const views = withView(withView([], { name: 'Zebra', query: 'a=1' }), { name: 'drafts', query: 'status=draft' });
    expect(views.map((view) => view.name)).toEqual(['drafts', 'Zebra']);
    const replaced = withView(views, { name: ' Drafts ', query: 'status=draft&sort=name' });
    expect(replaced).toEqual([
      { name: 'Drafts', query: 'status=draft&sort=name' },
      { name: 'Zebra', query: 'a=1' },
    ]);
    expect(findView(replaced, 'DRAFTS')?.query).toBe('status=draft&sort=name');
    expect(withoutView(replaced, 'drafts')).toEqual([{ name: 'Zebra', query: 'a=1' }]);
  });
});

describe('row selection', () => {
  it('toggles rows and whole pages, keeping other pages’ choices', () => {
    let selection = toggleRow(NO_SELECTION, 'a');
    selection = setRows(selection, ['b', 'c'], true);
    expect(selectedCount(selection)).toBe(3);
    expect(pageSelectionState(selection, ['b', 'c'])).toBe('all');
    expect(pageSelectionState(selection, ['c', 'd'])).toBe('some');
    selection = setRows(selection, ['b', 'c'], false);
    expect(pageSelectionState(selection, ['b', 'c'])).toBe('none');
    expect(selectedCount(toggleRow(selection, 'a'))).toBe(0);
  });
});
