import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../../src/shared/slug';

describe('slugify', () => {
  it.each([
    ['Gaming Laptop 15"', 'gaming-laptop-15'],
    ['  Café Crème  ', 'cafe-creme'],
    ['Tools & Hardware', 'tools-and-hardware'],
    ['--Already--slugged--', 'already-slugged'],
    ['Ünïcödé_Über/Straße', 'unicode-uber-strasse'],
    ['Smørrebrød Æble', 'smorrebrod-aeble'],
    ['!!!', ''],
  ])('%j -> %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts long slugs at maxLength without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(60), 12);
    expect(slug).toBe('word-word-wo');
    expect(slugify('abcde fghij', 6)).toBe('abcde');
  });

  it('always produces something isSlug accepts (or nothing)', () => {
    for (const text of ['Hello, World!', 'x', 'ÀÉÎ 123', 'a--b']) expect(isSlug(slugify(text))).toBe(true);
  });
});

describe('isSlug', () => {
  it('accepts lowercase groups joined by single hyphens only', () => {
    expect(isSlug('gaming-laptop-15')).toBe(true);
    expect(isSlug('Gaming-Laptop')).toBe(false);
    expect(isSlug('gaming--laptop')).toBe(false);
    expect(isSlug('-gaming')).toBe(false);
    expect(isSlug('gaming laptop')).toBe(false);
    expect(isSlug('')).toBe(false);
  });
});
