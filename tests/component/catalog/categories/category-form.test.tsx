import { describe, expect, it } from 'vitest';
import { BackroomError } from '../../../../src/renderer/src/lib/api';
import {
  changedInput,
  editProblems,
  formAlert,
  formFieldErrors,
  formValuesOf,
  toCategoryInput,
} from '../../../../src/renderer/src/features/catalog/components/categories/category-form';
import { category } from './fixtures';

describe('category form values', () => {
  it('leaves empty boxes out of a new category', () => {
    const values = { ...formValuesOf(null), name: '  Laptops ', keywords: 'a, b' };
    expect(toCategoryInput(values)).toEqual({ name: 'Laptops', isActive: true, metadata: { keywords: ['a', 'b'] } });
  });

  it('sends only what changed, and the SEO block whole', () => {
    const stored = { ...category('l', 'Laptops'), description: 'Portable', metadata: { seoTitle: 'Laptops', seoDescription: null, keywords: ['x'] } };
    const initial = formValuesOf(stored);
    expect(changedInput(initial, initial)).toEqual({});
    expect(changedInput(initial, { ...initial, name: 'Notebooks ' })).toEqual({ name: 'Notebooks' });
    expect(changedInput(initial, { ...initial, seoTitle: '' })).toEqual({ metadata: { seoTitle: '', seoDescription: '', keywords: ['x'] } });
    expect(changedInput(initial, { ...initial, isActive: false })).toEqual({ isActive: false });
  });

  it('requires a slug and lets a description be emptied', () => {
    const initial = formValuesOf({ ...category('l', 'Laptops'), description: 'Portable' });
    expect(editProblems({ ...initial, description: ' ', slug: '' })).toEqual({ slug: 'Required' });
    expect(editProblems({ ...initial, description: '' })).toEqual({});
  });

  it('shows contract paths under the form fields', () => {
    expect(formFieldErrors({ 'category.name': 'Required', 'metadata.seoTitle': 'Too long', 'metadata.keywords.3': 'Too long', slug: 'Already in use' })).toEqual({
      name: 'Required',
      seoTitle: 'Too long',
      keywords: 'Too long',
      slug: 'Already in use',
    });
  });

  it('keeps the alert for what the fields cannot say', () => {
    const fields = ['name', 'slug'];
    expect(formAlert(new BackroomError({ code: 'VALIDATION', message: 'bad', fields: { 'category.name': 'Required' } }), fields)).toBeNull();
    expect(formAlert(new BackroomError({ code: 'CONFLICT', message: 'Name taken', fields: { name: 'Already used' } }), fields)).toBe('Name taken');
    expect(formAlert(new BackroomError({ code: 'UNAUTHENTICATED', message: 'Signed out' }), fields)).toBeNull();
    expect(formAlert(null, fields)).toBeNull();
  });
});
