import { formatOrderNumber, ORDER_NUMBER_ALPHABET } from '../../domain/order-number';
import { mix32 } from '../prng';

const SUFFIX_SPACE = 36 ** 5;

/**
 * Order numbers for seeded orders: `ORD-<day placed>-<suffix>` where the suffix
 * is the order's index run through a bijection of [0, 36^5) (an affine map
 * whose multiplier shares no factor with 36). Random-looking, yet no two
 * orders of a seed can share a number, even on the same day, up to 60 million.
 */
export class OrderNumbers {
  private readonly multiplier: number;
  private readonly offset: number;

  constructor(seed: number) {
    let multiplier = (mix32(seed ^ 0x2545f491) % SUFFIX_SPACE) | 1;
    while (multiplier % 3 === 0) multiplier += 2;
    this.multiplier = multiplier;
    this.offset = mix32(seed ^ 0x68e31da4) % SUFFIX_SPACE;
  }

  suffix(index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= SUFFIX_SPACE) throw new RangeError(`OrderNumbers: index ${index} out of range`);
    // Both factors are below 2^26, so the product stays exact in a double.
    let value = (index * this.multiplier + this.offset) % SUFFIX_SPACE;
    let text = '';
    for (let k = 0; k < 5; k += 1) {
      text = ORDER_NUMBER_ALPHABET[value % 36]! + text;
      value = Math.floor(value / 36);
    }
    return text;
  }

  numberFor(index: number, placedAt: number): string {
    return formatOrderNumber(new Date(placedAt), this.suffix(index));
  }
}
