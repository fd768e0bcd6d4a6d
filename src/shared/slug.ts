/** Lowercase ASCII letters and digits in groups joined by single hyphens: `gaming-laptop-15`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

// Letters NFKD does not split into a base letter plus accent.
const TRANSLITERATIONS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th' };

/**
 * A URL-safe slug from any text: accents dropped (`Café` -> `cafe`), anything
 * that is not a letter or digit becomes one hyphen, no hyphen at either end.
 * Returns '' when nothing usable remains; callers decide what to do then.
 */
export function slugify(text: string, maxLength = 120): string {
  const slug = text
    .toLowerCase()
    .replace(/[ßæœøđłþ]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-+$/, '');
}
