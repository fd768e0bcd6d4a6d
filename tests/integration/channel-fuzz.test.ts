import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../src/shared/contract';
import { SAMPLE_INPUTS } from '../support/channel-samples';
import { startTestBackend, type TestBackend } from '../support/backend';

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let level = 0; level < depth; level += 1) value = { inner: value };
  return value;
}

/** Payloads that are wrong for any channel: not an object, or an object with a key no channel declares. */
function wholePayloads(sample: Record<string, unknown>): Array<[string, unknown]> {
  return [
    ['a number', 42],
    ['a string', 'text'],
    ['an array', [sample]],
    ['null', null],
    ['prototype pollution', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(sample).slice(1, -1) || '"x": 1'}}`)],
    ['constructor pollution', { ...sample, constructor: { prototype: { polluted: true } } }],
    ['deep nesting', { ...sample, deep: nested(200) }],
    ['an operator key', { ...sample, $where: 'sleep(1000)' }],
  ];
}

/**
 * Fields whose keys are data (a CSV import's header → column mapping): there a
 * key like "$ne" is a header's name, taken literally, not an operator.
 */
const KEYS_ARE_DATA = new Set(['mapping']);

/** Each declared field replaced by something of the wrong kind: operators, wrong types, huge strings. */
function fieldPayloads(sample: Record<string, unknown>): Array<[string, unknown]> {
  return Object.entries(sample).flatMap(([field, value]): Array<[string, unknown]> => {
    const cases: Array<[string, unknown]> = KEYS_ARE_DATA.has(field)
      ? []
      : [
          [`${field} as {$gt: ""}`, { ...sample, [field]: { $gt: '' } }],
          [`${field} as {$ne: null}`, { ...sample, [field]: { $ne: null } }],
        ];
    if (typeof value === 'string') {
      cases.push([`${field} as a number`, { ...sample, [field]: 12345 }], [`${field} as 300,000 characters`, { ...sample, [field]: 'x'.repeat(300_000) }]);
    } else {
      cases.push([`${field} as a string`, { ...sample, [field]: 'text' }]);
    }
    return cases;
  });
}

describe('malformed payloads to every channel', () => {
  let app: TestBackend;
  let before: Record<string, number>;

  async function counts(): Promise<Record<string, number>> {
    const db = app.backend.database.connection.db!;
    const names = (await db.listCollections().toArray()).map((collection) => collection.name).filter((name) => !name.startsWith('_backroom'));
    return Object.fromEntries(await Promise.all(names.sort().map(async (name) => [name, await db.collection(name).countDocuments()] as const)));
  }

  beforeAll(async () => {
    app = await startTestBackend('channel_fuzz');
    await app.call('setup.createAdmin', { firstName: 'Ada', lastName: 'Admin', email: 'ada@shop.test', password: 'correct horse 1' }, 'admin');
    await app.call('catalog.categories.create', { parent: null, category: { name: 'Shoes' } }, 'admin');
    before = await counts();
  });
  afterAll(() => app.dispose());

  it.each(channelNames.map((channel) => [channel] as const))('%s answers VALIDATION to each and changes nothing', async (channel: ChannelName) => {
    const sample = SAMPLE_INPUTS[channel];
    const accepted: string[] = [];
    for (const [label, payload] of [...wholePayloads(sample), ...fieldPayloads(sample)]) {
      const result = await app.call(channel, payload, 'admin');
      if (result.ok || result.error?.code !== 'VALIDATION') accepted.push(`${label} → ${result.ok ? 'ok' : `${result.error?.code}: ${result.error?.message}`}`);
    }
    expect(accepted).toEqual([]);
  });

  it('wrote nothing, polluted nothing, and still answers', async () => {
    expect(await counts()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await app.call('system.ping', { echo: 'alive' })).toMatchObject({ ok: true, data: { echo: 'alive' } });
  });
});
