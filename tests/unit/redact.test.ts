import { describe, expect, it } from 'vitest';
import { databaseNameFromUri, describeMongoUri, redactMongoUris } from '../../src/main/db/redact';

describe('MongoDB URI redaction', () => {
  it('keeps hosts and database, drops credentials and options', () => {
    expect(describeMongoUri('mongodb://admin:p%40ss@db1:27017,db2:27018/shop?tls=true&authSource=admin')).toBe('db1:27017,db2:27018/shop');
    expect(describeMongoUri('mongodb+srv://u:p@cluster0.example.net/?retryWrites=true')).toBe('cluster0.example.net');
  });

  it('scrubs every URI inside a longer text', () => {
    const line = 'failed to reach mongodb://root:hunter2@10.0.0.5:27017/prod?x=1 and mongodb+srv://a:b@c.net/d';
    const redacted = redactMongoUris(line);
    expect(redacted).not.toContain('hunter2');
    expect(redacted).not.toContain('root');
    expect(redacted).not.toContain(':b@');
    expect(redacted).toContain('10.0.0.5:27017/prod');
  });

  it('reads the database name only when the path names one', () => {
    expect(databaseNameFromUri('mongodb://h:1/shop?x=1')).toBe('shop');
    expect(databaseNameFromUri('mongodb://h:1/?x=1')).toBeUndefined();
    expect(databaseNameFromUri('mongodb://h:1')).toBeUndefined();
  });

  it('describes garbage without echoing it', () => {
    expect(describeMongoUri('not a uri with password=abc')).toBe('an invalid connection string');
  });
});
