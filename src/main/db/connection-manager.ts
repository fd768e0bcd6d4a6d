import type { Connection, Mongoose } from 'mongoose';
import type { Capabilities, DatabaseSource, DatabaseState } from '@shared/contract';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import { probeCapabilities } from './capabilities';
import { createOdm } from './odm';
import { databaseNameFromUri, describeMongoUri, redactMongoUris } from './redact';

/** A connection string and where it came from. */
export interface ConnectionTarget {
  uri: string;
  source: DatabaseSource;
}

export interface ConnectionManagerOptions {
  /** Called before each attempt; may start the embedded server. May throw. */
  resolveTarget: () => Promise<ConnectionTarget>;
  /** What the status bar says while `resolveTarget` has not answered yet. */
  pendingTarget: () => { source: DatabaseSource; label: string };
  logger: Logger;
  serverSelectionTimeoutMS?: number;
  /** Delay before retry number `attempt` (1-based) after a failed attempt. */
  retryDelayMs?: (attempt: number) => number;
  /** Used when the URI names no database. */
  defaultDatabaseName?: string;
  /** Runs once per successful connect, before the state says connected (e.g. index creation). */
  prepare?: (connection: Connection, capabilities: Capabilities) => Promise<void>;
}

type Listener = (state: DatabaseState) => void;

const defaultRetryDelay = (attempt: number): number => Math.min(15_000, 1_000 * 2 ** Math.min(attempt - 1, 4));

function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactMongoUris(message).slice(0, 500);
}

/**
 * Owns the one Mongoose connection of the process and reports its state as a
 * discriminated union. It keeps trying until the server answers: the app opens
 * and says why while the database is away, and connects when it comes back.
 */
export class ConnectionManager {
  readonly odm: Mongoose;
  readonly connection: Connection;
  private state: DatabaseState;
  private readonly listeners = new Set<Listener>();
  private retryTimer: NodeJS.Timeout | undefined;
  private attempt = 0;
  private stopped = false;
  private capabilities: Capabilities | undefined;
  private serverVersion = 'unknown';
  private target: ConnectionTarget | undefined;
  /** Bumped by restart(), so an attempt of an earlier generation stops quietly. */
  private generation = 0;

  constructor(private readonly options: ConnectionManagerOptions) {
    this.odm = createOdm();
    this.connection = this.odm.createConnection();
    const pending = options.pendingTarget();
    this.state = { status: 'connecting', source: pending.source, target: pending.label, attempt: 1 };
    this.watchConnectionEvents();
  }

  getState(): DatabaseState {
    return this.state;
  }

  /** Subscribes to state changes; returns the unsubscribe function. */
  onStateChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts connecting in the background; never throws. */
  start(): void {
    this.stopped = false;
    void this.connectOnce();
  }

  /** The live connection, or UNAVAILABLE while there is none. */
  requireConnection(): Connection {
    if (this.state.status !== 'connected') {
      throw new AppError('UNAVAILABLE', `The database is ${this.state.status}; try again when the status bar shows it connected`);
    }
    return this.connection;
  }

  /** Resolves once connected, or rejects after `timeoutMs`. */
  waitUntilConnected(timeoutMs: number): Promise<void> {
    if (this.state.status === 'connected') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`Database not connected after ${timeoutMs} ms: ${JSON.stringify(this.state)}`));
      }, timeoutMs);
      const unsubscribe = this.onStateChange((state) => {
        if (state.status !== 'connected') return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      });
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.generation += 1;
    clearTimeout(this.retryTimer);
    await this.connection.close().catch(() => undefined);
  }

  /** Drops the connection and connects again, resolving the target afresh (a new database choice). */
  async restart(): Promise<void> {
    await this.stop();
    this.attempt = 0;
    this.target = undefined;
    this.capabilities = undefined;
    this.start();
  }

  private setState(state: DatabaseState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  private databaseName(uri: string): string {
    return databaseNameFromUri(uri) ?? this.options.defaultDatabaseName ?? 'backroom';
  }

  /** Hosts and the database actually used, e.g. `db1:27017/backroom`. */
  private currentLabel(): { source: DatabaseSource; target: string } {
    if (!this.target) {
      const pending = this.options.pendingTarget();
      return { source: pending.source, target: pending.label };
    }
    const hosts = describeMongoUri(this.target.uri).split('/')[0];
    return { source: this.target.source, target: `${hosts}/${this.databaseName(this.target.uri)}` };
  }

  private async connectOnce(): Promise<void> {
    if (this.stopped) return;
    const generation = this.generation;
    const superseded = (): boolean => this.stopped || generation !== this.generation;
    this.attempt += 1;
    this.setState({ status: 'connecting', ...this.currentLabel(), attempt: this.attempt });
    try {
      this.target = await this.options.resolveTarget();
      this.setState({ status: 'connecting', ...this.currentLabel(), attempt: this.attempt });
      this.options.logger.info(`Connecting to ${describeMongoUri(this.target.uri)} (attempt ${this.attempt})`);
      await this.connection.openUri(this.target.uri, {
        dbName: this.databaseName(this.target.uri),
        serverSelectionTimeoutMS: this.options.serverSelectionTimeoutMS ?? 5_000,
        bufferCommands: false,
        autoIndex: false,
        autoCreate: false,
      });
      const db = this.connection.db;
      if (!db) throw new Error('The driver opened no database handle');
      const info = await db.admin().command({ buildInfo: 1 });
      this.serverVersion = typeof info.version === 'string' ? info.version : 'unknown';
      this.capabilities = await probeCapabilities(db);
      await this.options.prepare?.(this.connection, this.capabilities);
      if (superseded()) return;
      this.attempt = 0;
      this.markConnected();
      this.options.logger.info(`Connected to ${describeMongoUri(this.target.uri)}, server ${this.serverVersion}`, this.capabilities);
    } catch (error) {
      if (superseded()) return;
      await this.connection.close().catch(() => undefined);
      const delay = (this.options.retryDelayMs ?? defaultRetryDelay)(this.attempt);
      this.options.logger.warn(`Database connection failed; retrying in ${delay} ms`, describeError(error));
      this.setState({
        status: 'failed',
        ...this.currentLabel(),
        error: describeError(error),
        retryAt: new Date(Date.now() + delay).toISOString(),
      });
      this.retryTimer = setTimeout(() => void this.connectOnce(), delay);
    }
  }

  private markConnected(): void {
    if (!this.capabilities) return;
    this.setState({ status: 'connected', ...this.currentLabel(), serverVersion: this.serverVersion, capabilities: this.capabilities });
  }

  /** After the first success the driver reconnects by itself; we only report it. */
  private watchConnectionEvents(): void {
    this.connection.on('disconnected', () => {
      if (this.stopped || this.state.status !== 'connected') return;
      this.options.logger.warn('Lost the database connection; the driver is reconnecting');
      this.setState({ status: 'disconnected', ...this.currentLabel(), reason: 'Lost the connection to the server; reconnecting' });
    });
    const onBack = (): void => {
      if (this.stopped || this.state.status !== 'disconnected') return;
      this.options.logger.info('Database connection restored');
      this.markConnected();
    };
    this.connection.on('reconnected', onBack);
    this.connection.on('connected', onBack);
  }
}
