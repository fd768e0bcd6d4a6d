import type { ChannelName } from '../../src/shared/contract';

const ID = '65f0c0ffee00000000000001';
const OTHER_ID = '65f0c0ffee00000000000002';

const product = {
  name: 'Sample product',
  description: 'A sample',
  sku: 'SAMPLE-1',
  price: { regular: 10 },
  inventory: { quantity: 1 },
};

/**
 * One valid input per channel, so a test reaches the permission check (the
 * router parses first). The type makes a new channel add its sample here.
 */
export const SAMPLE_INPUTS: Record<ChannelName, Record<string, unknown>> = {
  'system.ping': { echo: 'hello' },
  'system.status': {},
  'auth.session': {},
  'auth.signIn': { email: 'someone@shop.test', password: 'whatever' },
  'auth.signOut': {},
  'auth.changePassword': { currentPassword: 'old password', newPassword: 'new password 1' },
  'setup.status': {},
  'setup.createAdmin': { firstName: 'Ada', lastName: 'Admin', email: 'ada@shop.test', password: 'correct horse 1' },
  'settings.database.test': { uri: 'mongodb://127.0.0.1:1/x' },
  'settings.database.save': { mode: 'embedded' },
  'settings.session.get': {},
  'settings.session.save': { idleTimeoutMinutes: 30 },
  'staff.list': { search: 'a' },
  'staff.create': { email: 'new@shop.test', firstName: 'New', lastName: 'Member', role: 'seller' },
  'staff.update': { id: ID, role: 'seller' },
  'staff.resetPassword': { id: ID },
  'audit.list': { collection: 'users' },
  'audit.export': { collection: 'users' },
  'dashboard.summary': {},
  'catalog.categories.list': {},
  'catalog.categories.create': { parent: null, category: { name: 'Shoes' } },
  'catalog.categories.update': { id: ID, category: { name: 'Boots' } },
  'catalog.categories.move': { id: ID, parent: null },
  'catalog.categories.reorder': { parent: null, ids: [ID, OTHER_ID] },
  'catalog.categories.delete': { id: ID },
  'catalog.products.list': { search: 'shoe', status: 'published' },
  'catalog.products.brands': {},
  'catalog.products.get': { id: ID },
  'catalog.products.checkUnique': { sku: 'SAMPLE-1' },
  'catalog.products.create': { product },
  'catalog.products.update': { id: ID, expectedUpdatedAt: '2026-01-01T00:00:00.000Z', product },
  'catalog.products.duplicate': { id: ID },
  'catalog.products.dependents': { id: ID },
  'catalog.products.delete': { id: ID },
  'catalog.bulk.preview': { selection: { kind: 'ids', ids: [ID] }, action: { type: 'archive' } },
  'catalog.bulk.start': { selection: { kind: 'ids', ids: [ID] }, action: { type: 'archive' } },
  'catalog.csv.template': {},
  'catalog.csv.export': { filters: {} },
  'files.read': { fileId: ID },
  'catalog.csv.upload': { chunk: 'sku,name\n', last: false },
  'catalog.csv.analyze': { uploadId: ID },
  'catalog.csv.apply': { uploadId: ID, mapping: {} },
  'catalog.csv.report': { jobId: ID },
  'jobs.get': { id: ID },
  'jobs.cancel': { id: ID },
};
