/**
 * The seed's only source of randomness: sfc32 (Chris Doty-Humphrey's Small Fast
 * Counting generator, 128-bit state, passes PractRand), seeded by hashing
 * (seed, stream label, index). Every entity draws from its own stream —
 * `Random.stream(seed, 'product', 42)` — so a product can be regenerated on its
 * own (orders rebuild their lines' snapshots this way) and adding a draw to one
 * generator never shifts another's data. A 32-bit generator such as mulberry32
 * would not do: with over a million per-entity streams, seeds would collide.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a of a string, continuing from `h`. */
export function hashString(text: string, h: number = FNV_OFFSET): number {
  let hash = h >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';
const WARM_UP_ROUNDS = 12;

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0;
    this.b = b >>> 0;
    this.c = c >>> 0;
    this.d = d >>> 0;
    for (let i = 0; i < WARM_UP_ROUNDS; i += 1) this.uint32();
  }

  /** The stream for one entity: the same (seed, label, index) always gives the same draws. */
  static stream(seed: number, label: string, index = 0): Random {
    const base = hashString(label, mix32(seed ^ 0x9e3779b9));
    const low = index >>> 0;
    const high = Math.floor(index / 0x1_0000_0000) >>> 0;
    return new Random(
      mix32(base ^ mix32(low + 0x7f4a7c15)),
      mix32(base + mix32(low ^ 0x1b873593) + high),
      mix32(Math.imul(base, 0x27d4eb2d) ^ mix32(low + 0x165667b1)),
      1,
    );
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: ReadonlyArray<T>): T {
    if (items.length === 0) throw new RangeError('Random.pick: empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One value, with probability proportional to its weight. */
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]![0];
  }

  /** `count` distinct items, in random order (all of them when there are fewer). */
  sample<T>(items: ReadonlyArray<T>, count: number): T[] {
    const pool = items.slice();
    const take = Math.min(count, pool.length);
    for (let i = 0; i < take; i += 1) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    return pool.slice(0, take);
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** `length` characters from A-Z0-9. */
  alnum(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 1) text += ALNUM[Math.floor(this.next() * ALNUM.length)];
    return text;
  }

  hex(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 1) text += HEX[Math.floor(this.next() * 16)];
    return text;
  }

  digits(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 1) text += String(Math.floor(this.next() * 10));
    return text;
  }
}
