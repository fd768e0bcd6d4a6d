import { describe, expect, it } from 'vitest';
import { emptyToUndefined, integer, oneOf, required } from '../../../src/main/domain/field-rules';

describe('field rules', () => {
  it('name the field in their messages', () => {
    expect(required('price.regular')).toEqual([true, 'price.regular is required']);
    expect(oneOf(['a', 'b'] as const, 'status').message).toBe('status must be one of a, b (got "{VALUE}")');
    expect(integer('items.quantity').message).toMatch(/^items\.quantity must be a whole number/);
  });

  it('checks whole numbers', () => {
    expect(integer('x').validator(3)).toBe(true);
    expect(integer('x').validator(3.5)).toBe(false);
  });

  it('turns null and blank strings into undefined', () => {
    expect(emptyToUndefined(null)).toBeUndefined();
    expect(emptyToUndefined('')).toBeUndefined();
    expect(emptyToUndefined('   ')).toBeUndefined();
    expect(emptyToUndefined(' tok ')).toBe(' tok ');
    expect(emptyToUndefined(0)).toBe(0);
  });
});
