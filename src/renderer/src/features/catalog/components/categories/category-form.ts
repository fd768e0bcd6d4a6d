import type { Category, CategoryInput } from '@shared/contract';
import { BackroomError, errorMessage, type FieldErrors } from '../../../../lib/api';
import { parseKeywords } from '../../category-tree';

/** What the category form holds: every box as typed, keywords as one comma-separated line. */
export interface CategoryFormValues {
  name: string;
  slug: string;
  description: string;
  image: string;
  icon: string;
  isActive: boolean;
  seoTitle: string;
  seoDescription: string;
  keywords: string;
}

export type CategoryFormField = keyof CategoryFormValues;

export const CATEGORY_FORM_FIELDS: readonly CategoryFormField[] = ['name', 'slug', 'description', 'image', 'icon', 'isActive', 'seoTitle', 'seoDescription', 'keywords'];

/** The contract's limits for search-engine text, shown as counters. */
export const SEO_TITLE_MAX = 70;
export const SEO_DESCRIPTION_MAX = 160;

/**
 * Fields the main process keeps as they are when sent empty (it reads an empty
 * string as "not given"), so emptying them would silently do nothing.
 */

export function formValuesOf(category?: Category | null): CategoryFormValues {
  return {
    name: category?.name ?? '',
    slug: category?.slug ?? '',
    description: category?.description ?? '',
    image: category?.image ?? '',
    icon: category?.icon ?? '',
    isActive: category?.isActive ?? true,
    seoTitle: category?.metadata.seoTitle ?? '',
    seoDescription: category?.metadata.seoDescription ?? '',
    keywords: category?.metadata.keywords.join(', ') ?? '',
  };
}

/** A new category's input: empty boxes are left out (an empty slug is made from the name). */
export function toCategoryInput(values: CategoryFormValues): CategoryInput {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const keywords = parseKeywords(values.keywords);
  const metadata = {
    ...(text(values.seoTitle) !== undefined && { seoTitle: text(values.seoTitle) }),
    ...(text(values.seoDescription) !== undefined && { seoDescription: text(values.seoDescription) }),
    ...(keywords.length > 0 && { keywords }),
  };
  return {
    name: values.name.trim(),
    ...(text(values.slug) !== undefined && { slug: text(values.slug) }),
    ...(text(values.description) !== undefined && { description: text(values.description) }),
    ...(text(values.image) !== undefined && { image: text(values.image) }),
    ...(text(values.icon) !== undefined && { icon: text(values.icon) }),
    isActive: values.isActive,
    ...(Object.keys(metadata).length > 0 && { metadata }),
  };
}

/** Only what the person changed, so an unchanged name does not rewrite every copied path. */
export function changedInput(initial: CategoryFormValues, values: CategoryFormValues): Partial<CategoryInput> {
  const changed: Partial<CategoryInput> = {};
  for (const field of ['name', 'slug', 'description', 'image', 'icon'] as const) {
    if (values[field].trim() !== initial[field].trim()) changed[field] = values[field].trim();
  }
  if (values.isActive !== initial.isActive) changed.isActive = values.isActive;
  const seoChanged =
    values.seoTitle.trim() !== initial.seoTitle.trim() ||
    values.seoDescription.trim() !== initial.seoDescription.trim() ||
    parseKeywords(values.keywords).join('\n') !== parseKeywords(initial.keywords).join('\n');
  if (seoChanged) {
    // The whole object is stored at once: send all three so none is lost.
    changed.metadata = { seoTitle: values.seoTitle.trim(), seoDescription: values.seoDescription.trim(), keywords: parseKeywords(values.keywords) };
  }
  return changed;
}

/** Checks the main process would make anyway, shown before saving. */
export function editProblems(values: CategoryFormValues): FieldErrors {
  const problems: FieldErrors = {};
  if (values.slug.trim() === '') problems.slug = 'Required';
  return problems;
}

/** A contract path (`metadata.seoTitle`, `metadata.keywords.2`) as the form field that shows it. */
export function formFieldOf(path: string): string {
  const plain = path.replace(/^category\./, '');
  if (plain.startsWith('metadata.keywords')) return 'keywords';
  if (plain.startsWith('metadata.')) return plain.slice('metadata.'.length);
  return plain;
}

/** Field messages keyed by form field; the first message for a field wins. */
export function formFieldErrors(fields: FieldErrors): FieldErrors {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) mapped[formFieldOf(path)] ??= message;
  return mapped;
}

/**
 * The message for the form's alert, or null when the messages under the fields
 * say it all (or the session ended: the sign-in dialog says so, and the form
 * keeps what was typed).
 */
export function formAlert(error: unknown, known: readonly string[]): string | null {
  if (!error) return null;
  if (error instanceof BackroomError) {
    if (error.code === 'UNAUTHENTICATED') return null;
    const named = Object.keys(error.fields).map(formFieldOf);
    if (error.code === 'VALIDATION' && named.length > 0 && named.every((field) => known.includes(field))) return null;
  }
  return errorMessage(error);
}
