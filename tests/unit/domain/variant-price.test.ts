import { describe, expect, it } from 'vitest';
import { variantLabel, variantPriceModifier } from '../../../src/main/domain/variant-price';

const variants = [
  { name: 'Size', values: ['41', '42'], priceModifier: 0 },
  { name: 'Material', values: ['Leather', 'Canvas'], priceModifier: 15.5 },
];

describe('variant prices', () => {
  it('adds the chosen variant\'s modifier, matching name and value loosely', () => {
    expect(variantPriceModifier(variants, variantLabel('Material', 'Leather'))).toBe(15.5);
    expect(variantPriceModifier(variants, ' material :  leather ')).toBe(15.5);
    expect(variantPriceModifier(variants, 'Size: 42')).toBe(0);
  });

  it('knows no variant the product does not have', () => {
    expect(variantPriceModifier(variants, 'Size: 44')).toBeNull();
    expect(variantPriceModifier(variants, 'Colour: Red')).toBeNull();
    expect(variantPriceModifier(variants, 'Leather')).toBeNull();
  });
});
