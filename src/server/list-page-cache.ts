// Register list pages, read again only when the organisation changed: the key is the head of its audit chain (its
// version) and the query, so every server caching pages stays correct without sharing anything (each request still
// reads the head from the database). A page is kept as read and, per kind of caller, as the JSON it answers with:
// what a caller may do to each record (allowedActions) depends on their role and Person, never on anything else.
// Totals are kept apart, by query without its paging: paging through a register counts its records once.
import type { RegisterName } from '../domain/index.ts';
import type { MemberActor } from '../policies/index.ts';
import { organisationHead, queryRecords, type AimsDatabase, type QueriedPage, type RecordQuery } from '../store/index.ts';

const MAX_PAGES = 256;
const MAX_TOTALS = 256;
const MAX_CALLERS_PER_PAGE = 16;
/** Characters of JSON kept in all, answers and (about as large) the pages they were made from. */
const MAX_CHARS = 32 * 1024 * 1024;

interface Entry {
  readonly page: Promise<QueriedPage<RegisterName>>;
  readonly answers: Map<string, string>;
  chars: number;
}

type Version = { readonly seq: number; readonly hash: string } | undefined;
const versionOf = (head: Version) => `${head?.seq ?? 0}:${head?.hash ?? ''}`;

/** What the presentation of a page depends on besides the page: the caller's role and what ties them to records. */
export const callerKey = (member: MemberActor): string => `${member.role}\u0000${member.personId ?? ''}\u0000${member.externalAuditId ?? ''}`;

/** Least recently used goes first: re-inserting moves a key to the end. */
function touch<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
}

export class ListPageCache {
  readonly #entries = new Map<string, Entry>();
  readonly #totals = new Map<string, { seq: number; hash: string; total: number }>();
  /** Pages read from the database, for tests that prove an unchanged page is not read again. */
  reads = 0;

  constructor(private readonly db: AimsDatabase) {}

  #chars(): number {
    let n = 0;
    for (const entry of this.#entries.values()) n += entry.chars;
    return n;
  }

  #keep(key: string, entry: Entry): void {
    touch(this.#entries, key, entry);
    while (this.#entries.size > MAX_PAGES || (this.#entries.size > 1 && this.#chars() > MAX_CHARS)) this.#entries.delete(this.#entries.keys().next().value as string);
  }

  /** Reads a page (with the total counted before, when the organisation is still at that version). */
  #read<R extends RegisterName>(organisationId: string, register: R, query: RecordQuery, key: string, queryKey: string): Entry {
    this.reads += 1;
    const { limit: _l, offset: _o, sort: _s, descending: _d, ...counted } = query;
    const totalKey = `${organisationId}\u0000${register}\u0000${JSON.stringify(counted)}`;
    const known = this.#totals.get(totalKey);
    const page = queryRecords(this.db, organisationId, register, { ...query, ...(known ? { countedAt: known } : {}) }) as Promise<QueriedPage<RegisterName>>;
    const entry: Entry = { page, answers: new Map(), chars: 0 };
    page.then((read) => {
      if (read.head) {
        touch(this.#totals, totalKey, { ...read.head, total: read.total });
        while (this.#totals.size > MAX_TOTALS) this.#totals.delete(this.#totals.keys().next().value as string);
      }
      // A write between reading the head and the page: the page belongs to the version it was read at.
      const actual = `${organisationId}\u0000${versionOf(read.head)}\u0000${queryKey}`;
      if (actual !== key && this.#entries.get(key) === entry) {
        this.#entries.delete(key);
        this.#keep(actual, entry);
      }
    }, () => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    return entry;
  }

  /** The JSON answer for a page of the register, read once per version of the organisation and query. */
  async answer<R extends RegisterName>(
    organisationId: string, register: R, query: RecordQuery, caller: string, present: (page: QueriedPage<R>) => unknown,
  ): Promise<string> {
    const queryKey = `${register}\u0000${JSON.stringify(query)}`;
    const key = `${organisationId}\u0000${versionOf(await organisationHead(this.db, organisationId))}\u0000${queryKey}`;
    const entry = this.#entries.get(key) ?? this.#read(organisationId, register, query, key, queryKey);
    this.#keep(key, entry);
    const page = (await entry.page) as QueriedPage<R>;
    let text = entry.answers.get(caller);
    if (text === undefined) {
      text = JSON.stringify(present(page));
      if (entry.answers.size >= MAX_CALLERS_PER_PAGE) {
        const first = entry.answers.keys().next().value as string;
        entry.chars -= entry.answers.get(first)!.length;
        entry.answers.delete(first);
      }
      entry.answers.set(caller, text);
      // The first answer stands for the page it was made from too.
      entry.chars += text.length * (entry.answers.size === 1 ? 2 : 1);
    }
    return text;
  }
}
