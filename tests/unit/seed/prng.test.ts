import { describe, expect, it } from 'vitest';
import { hashString, mix32, Random } from '../../../src/main/seed/prng';

const draws = (rng: Random, count: number) => Array.from({ length: count }, () => rng.uint32());

describe('Random (sfc32 streams)', () => {
  it('gives the same sequence for the same seed, label and index', () => {
    expect(draws(Random.stream(42, 'order', 7), 100)).toEqual(draws(Random.stream(42, 'order', 7), 100));
  });

  it('gives different sequences for another seed, label or index', () => {
    const base = draws(Random.stream(42, 'order', 7), 8);
    expect(draws(Random.stream(43, 'order', 7), 8)).not.toEqual(base);
    expect(draws(Random.stream(42, 'product', 7), 8)).not.toEqual(base);
    expect(draws(Random.stream(42, 'order', 8), 8)).not.toEqual(base);
    expect(draws(Random.stream(42, 'order', 7 + 2 ** 32), 8)).not.toEqual(base);
  });

  it('gives a million per-index streams distinct first draws (no seed collisions to speak of)', () => {
    const firsts = new Set<string>();
    for (let index = 0; index < 1_000_000; index += 1) {
      const rng = Random.stream(42, 'order', index);
      firsts.add(`${rng.uint32()}:${rng.uint32()}`);
    }
    expect(firsts.size).toBe(1_000_000);
  });

  it('keeps every helper inside its range', () => {
    const rng = Random.stream(1, 'ranges');
    for (let k = 0; k < 10_000; k += 1) {
      const float = rng.next();
      expect(float).toBeGreaterThanOrEqual(0);
      expect(float).toBeLessThan(1);
      const int = rng.int(3, 7);
      expect(Number.isInteger(int) && int >= 3 && int <= 7).toBe(true);
      const between = rng.float(-2, 2);
      expect(between >= -2 && between < 2).toBe(true);
    }
    expect(rng.alnum(12)).toMatch(/^[A-Z0-9]{12}$/);
    expect(rng.hex(9)).toMatch(/^[0-9a-f]{9}$/);
    expect(rng.digits(6)).toMatch(/^\d{6}$/);
  });

  it('reaches both ends of int() and is roughly uniform', () => {
    const rng = Random.stream(2, 'uniform');
    const counts = [0, 0, 0, 0, 0, 0];
    for (let k = 0; k < 60_000; k += 1) counts[rng.int(0, 5)]! += 1;
    for (const count of counts) expect(count).toBeGreaterThan(9_000);
    let sum = 0;
    for (let k = 0; k < 100_000; k += 1) sum += rng.next();
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it('weights choices and samples without repeats', () => {
    const rng = Random.stream(3, 'weights');
    let heavy = 0;
    for (let k = 0; k < 10_000; k += 1) if (rng.weighted([['a', 9], ['b', 1]] as const) === 'a') heavy += 1;
    expect(heavy).toBeGreaterThan(8_700);
    expect(heavy).toBeLessThan(9_300);
    const sample = rng.sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(new Set(sample).size).toBe(5);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
    expect(() => rng.pick([])).toThrow(RangeError);
  });

  it('draws standard normals', () => {
    const rng = Random.stream(4, 'normal');
    let sum = 0;
    let squares = 0;
    for (let k = 0; k < 50_000; k += 1) {
      const value = rng.normal();
      sum += value;
      squares += value * value;
    }
    expect(sum / 50_000).toBeCloseTo(0, 1);
    expect(squares / 50_000).toBeCloseTo(1, 1);
  });

  it('hashes strings and mixes integers deterministically', () => {
    expect(hashString('order')).toBe(hashString('order'));
    expect(hashString('order')).not.toBe(hashString('ordes'));
    expect(mix32(1)).not.toBe(mix32(2));
    expect(mix32(0xffffffff)).toBeGreaterThanOrEqual(0);
  });
});
