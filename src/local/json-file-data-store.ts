import { mkdir, readdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Context } from "cognito-local/lib/services/context.js";
import type { DataStore } from "cognito-local/lib/services/dataStore/dataStore.js";
import type { DataStoreFactory } from "cognito-local/lib/services/dataStore/factory.js";

/** The part of a logger the store needs: it only ever warns (corrupt file moved aside). */
export interface StoreLogger {
  warn(obj: object, msg?: string): void;
}

type JsonObject = Record<string, unknown>;

const noop = (): void => {};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** cognito-local passes a key path either as one key or as a list of keys; keys are never split on dots. */
const toPath = (key: string | string[]): string[] => (Array.isArray(key) ? key : [key]);

/**
 * Revives `*Date` fields into `Date`s, exactly where cognito-local's StormDB store does: its HTTP layer
 * turns `Date`s into epoch seconds, and would send ISO strings (which the SDK rejects) otherwise.
 */
function reviveDates(key: string, value: unknown): unknown {
  if (!key.endsWith("Date")) return value;
  if (typeof value === "number") return new Date(value);
  if (typeof value === "string") return new Date(Date.parse(value));
  return value;
}

/** Same format as cognito-local's StormDB files: one pretty-printed JSON object, dates as ISO strings. */
const serialize = (state: JsonObject): string => `${JSON.stringify(state, undefined, 2)}\n`;

/**
 * One store file kept in memory. Reads never touch the disk; every change schedules a write of the
 * whole object to a temp file followed by a `rename`, so a reader (or a crash) only ever sees a complete
 * file. At most one write is in flight per file; changes made meanwhile share a single queued write,
 * which serializes the state when it starts, so the last state wins.
 */
class JsonFileDataStore implements DataStore {
  readonly #file: string;
  #state: JsonObject;
  #inFlight: Promise<void> | undefined;
  #queued: Promise<void> | undefined;
  #retired = false;
  #writes = 0;

  constructor(file: string, state: JsonObject) {
    this.#file = file;
    this.#state = state;
  }

  get<T>(ctx: Context, key: string | string[]): Promise<T | null>;
  get<T>(ctx: Context, key: string | string[], defaultValue: T): Promise<T>;
  async get<T>(_ctx: Context, key: string | string[], defaultValue?: T): Promise<T | null> {
    // Like StormDB, this returns the live object, not a copy: cognito-local relies on nothing else.
    let node: unknown = this.#state;
    for (const k of toPath(key)) {
      if (!isObject(node)) return defaultValue ?? null;
      node = node[k];
    }
    return (node ?? defaultValue ?? null) as T | null;
  }

  async getRoot<T>(_ctx: Context): Promise<T | null> {
    return this.#state as T;
  }

  set<T>(_ctx: Context, key: string | string[], value: T): Promise<void> {
    const keys = toPath(key);
    const last = keys.at(-1);
    if (last === undefined) return Promise.resolve();
    let node = this.#state;
    for (const k of keys.slice(0, -1)) {
      const next = node[k];
      if (isObject(next)) {
        node = next;
      } else {
        const created: JsonObject = {};
        node[k] = created;
        node = created;
      }
    }
    node[last] = value;
    return this.save();
  }

  delete(_ctx: Context, key: string | string[]): Promise<void> {
    const keys = toPath(key);
    const last = keys.at(-1);
    let node: unknown = this.#state;
    for (const k of keys.slice(0, -1)) node = isObject(node) ? node[k] : undefined;
    if (last !== undefined && isObject(node)) delete node[last];
    return this.save();
  }

  /** Resolves once a write that includes every change made so far has reached the disk. */
  save(): Promise<void> {
    if (this.#retired) return Promise.resolve();
    if (this.#queued) return this.#queued;
    const inFlight = this.#inFlight;
    if (!inFlight) return this.#startWrite();
    const queued = inFlight.then(noop, noop).then(() => {
      this.#queued = undefined;
      return this.#startWrite();
    });
    this.#queued = queued;
    return queued;
  }

  /** Waits until nothing is queued or in flight. */
  async flush(): Promise<void> {
    for (let pending = this.#queued ?? this.#inFlight; pending; pending = this.#queued ?? this.#inFlight) {
      await pending.catch(noop);
    }
  }

  /** Flushes, then drops every later write: the file is about to be deleted (DeleteUserPool). */
  async retire(): Promise<void> {
    await this.flush();
    this.#retired = true;
  }

  #startWrite(): Promise<void> {
    if (this.#retired) return Promise.resolve();
    const text = serialize(this.#state); // the snapshot: changes from here on go to the next write
    this.#writes += 1;
    const temp = `${this.#file}.${process.pid}.${this.#writes}.tmp`;
    const write = replaceFile(this.#file, temp, text).finally(() => {
      if (this.#inFlight === write) this.#inFlight = undefined;
    });
    this.#inFlight = write;
    return write;
  }
}

async function replaceFile(file: string, temp: string, text: string): Promise<void> {
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(noop);
    throw error;
  }
}

/**
 * Drop-in replacement for cognito-local's `StormDBDataStoreFactory`, whose unserialized, non-atomic
 * `fs.writeFile` calls corrupt a pool file under concurrent writes (and a corrupt file then stops the
 * emulator from starting). Same directory layout and file format: `<directory>/<id>.json`.
 */
export class JsonFileDataStoreFactory implements DataStoreFactory {
  readonly #directory: string;
  readonly #logger: StoreLogger;
  readonly #stores = new Map<string, JsonFileDataStore>();
  readonly #loaded = new Map<string, JsonObject>();

  constructor(directory: string, logger: StoreLogger) {
    this.#directory = directory;
    this.#logger = logger;
  }

  /**
   * Reads every store file once, before cognito-local lists the directory to find its pools. A corrupt
   * file is moved aside here, so its pool simply doesn't exist (and can be seeded again) instead of
   * coming back as a nameless pool with default options. Also removes temp files left by a crash.
   */
  async load(): Promise<void> {
    await mkdir(this.#directory, { recursive: true });
    for (const entry of await readdir(this.#directory, { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      if (entry.name.endsWith(".tmp")) {
        await unlink(path.join(this.#directory, entry.name)).catch(noop);
      } else if (path.extname(entry.name) === ".json") {
        const id = path.basename(entry.name, ".json");
        const state = await this.#read(id);
        if (state) this.#loaded.set(id, state);
      }
    }
  }

  async create(_ctx: Context, id: string, defaults: object): Promise<DataStore> {
    const existing = this.#stores.get(id);
    if (existing) return existing; // one writer per file, ever
    await mkdir(this.#directory, { recursive: true });
    const loaded = this.#loaded.get(id) ?? (await this.#read(id));
    this.#loaded.delete(id);
    // StormDB semantics: the defaults apply only when the file is missing or holds an empty object.
    const fresh = !loaded || Object.keys(loaded).length === 0;
    const store = new JsonFileDataStore(
      this.#file(id),
      fresh ? (structuredClone(defaults) as JsonObject) : loaded,
    );
    this.#stores.set(id, store);
    if (fresh) await store.save();
    return store;
  }

  /** Waits for every pending write of every store. */
  async flush(): Promise<void> {
    await Promise.all([...this.#stores.values()].map((store) => store.flush()));
  }

  /** Stops writing a store whose file is about to be removed, so a late write can't resurrect it. */
  async retire(id: string): Promise<void> {
    const store = this.#stores.get(id);
    this.#stores.delete(id);
    await store?.retire();
  }

  #file(id: string): string {
    return path.join(this.#directory, `${id}.json`);
  }

  async #read(id: string): Promise<JsonObject | undefined> {
    const file = this.#file(id);
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    try {
      const parsed: unknown = JSON.parse(text, reviveDates);
      if (!isObject(parsed)) throw new Error("the file does not hold a JSON object");
      return parsed;
    } catch (error) {
      const movedTo = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      await rename(file, movedTo);
      this.#logger.warn(
        // JSON.parse's message quotes the text around the fault, which may hold attribute values.
        { file, movedTo, error: (error as Error).name, position: /position (\d+)/.exec(String(error))?.[1] },
        "corrupt cognito-local store file moved aside; starting that store fresh",
      );
      return undefined;
    }
  }
}
