// Collects the evidence index's entries with few allocations, so that an AIMS of hundreds of thousands of records
// is indexed in linear time: one entry per record and way it was found, placements kept as numbers, one sort.
import type { AnyRecord, RegisterName } from '../../domain/index.ts';
import { assessFreshness, recordLabel, type Freshness } from './evidence-index-freshness.ts';
import type { EvidenceVia, IndexedEvidence } from './evidence-index.ts';

const rank: Record<Freshness, number> = { current: 0, stale: 1, expired: 2 };

/** YYYY-MM-DD as a number that orders like the date; -1 for undated, which sorts after every date (newest first). */
function dateKey(date: string | undefined): number {
  if (date === undefined || date.length < 10) return -1;
  const digit = (i: number) => date.charCodeAt(i) - 48;
  return ((digit(0) * 10 + digit(1)) * 100 + digit(2) * 10 + digit(3)) * 10000 + (digit(5) * 10 + digit(6)) * 100 + digit(8) * 10 + digit(9);
}

/**
 * The records in id order (code units), so ties in the index do not depend on the order a bundle lists them in;
 * the database and bundles written by OpenAIMS are in that order already, which costs one pass to confirm.
 */
export function inIdOrder<T extends { readonly id: string }>(records: readonly T[]): readonly T[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i - 1]!.id > records[i]!.id) return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return records;
}

export class EvidenceCollector {
  private readonly rowOf = new Map<string, number>();
  private readonly refs: string[] = [];
  private readonly entries: IndexedEvidence[] = [];
  private readonly ranks: number[] = [];
  private readonly dates: number[] = [];
  /** Entry i's rows are placed[start[i]] … placed[start[i + 1] - 1]: an entry's placements are made together. */
  private readonly start: number[] = [];
  private readonly placed: number[] = [];
  /** 1 where the placement at the same index is supporting only. */
  private readonly supporting: number[] = [];
  private supportingCount = 0;

  constructor(
    refs: Iterable<string>,
    private readonly now: string,
  ) {
    for (const ref of refs) {
      this.rowOf.set(ref, this.refs.length);
      this.refs.push(ref);
    }
  }

  /**
   * Places a record in the rows of `refs` that are indexed (a control that is not applied is not). `skip` names
   * refs the record already serves by another way, so no row lists a record twice; `satisfies` says on which rows
   * it is documented information the requirement accepts (elsewhere it is listed as supporting only). A record
   * that evidences nothing yet (a planned review) is placed nowhere.
   */
  add(
    refs: readonly string[], register: RegisterName, record: AnyRecord, via: EvidenceVia,
    skip?: (ref: string) => boolean, satisfies?: (ref: string) => boolean,
  ): void {
    let made = false;
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const row = this.rowOf.get(ref);
      if (row === undefined || (skip && skip(ref)) || refs.indexOf(ref) !== i) continue;
      if (!made) {
        const a = assessFreshness(register, record, this.now);
        if (!a) return;
        // One shape for every entry (absent parts undefined) keeps them compact; JSON leaves undefined out.
        this.entries.push({ register, id: record.id, label: recordLabel(register, record), via, date: a.date, freshness: a.freshness, note: a.note, supporting: undefined });
        this.ranks.push(rank[a.freshness]);
        this.dates.push(dateKey(a.date));
        this.start.push(this.placed.length);
        made = true;
      }
      this.placed.push(row);
      const only = satisfies !== undefined && !satisfies(ref);
      this.supporting.push(only ? 1 : 0);
      if (only) this.supportingCount++;
    }
  }

  /** Every row's entries: those that count first, then supporting ones; each current first, then newest first. */
  finish(): Map<string, IndexedEvidence[]> {
    const { entries, start, placed, supporting } = this;
    // Rows sized once from their counts, then filled in sorted order: no array grows a hundred thousand times.
    const sizes = new Uint32Array(this.refs.length);
    for (let p = 0; p < placed.length; p++) sizes[placed[p]!]!++;
    const rows: IndexedEvidence[][] = Array.from(sizes, (size) => new Array<IndexedEvidence>(size));
    const filled = new Uint32Array(this.refs.length);
    const variants = new Map<number, IndexedEvidence>();
    start.push(placed.length);
    const order = this.order();
    // Two passes over the same order: the placements that count, then the supporting ones.
    for (const pass of this.supportingCount > 0 ? [0, 1] : [0]) {
      for (const i of order) {
        for (let p = start[i]!; p < start[i + 1]!; p++) {
          if (supporting[p] !== pass) continue;
          const row = placed[p]!;
          let entry = entries[i]!;
          if (pass === 1) {
            let variant = variants.get(i);
            if (!variant) variants.set(i, (variant = { ...entry, supporting: true }));
            entry = variant;
          }
          rows[row]![filled[row]!++] = entry;
        }
      }
    }
    start.pop();
    return new Map(this.refs.map((ref, i) => [ref, rows[i]!]));
  }

  /**
   * Entry indices sorted by (freshness, newest date), ties in the order added. Each key and index is packed into
   * one number so the engine's native numeric sort does the work, with no comparator call per comparison.
   */
  private order(): readonly number[] | Uint32Array {
    const n = this.entries.length;
    const sortKey = (i: number) => this.ranks[i]! * 1e8 + (99_999_999 - (this.dates[i]! < 0 ? 0 : this.dates[i]!));
    if (n > INDEX_SPAN) {
      // Beyond what one double can pack: a comparator sort, stable, so ties keep their order.
      return Array.from({ length: n }, (_, i) => i).sort((a, b) => sortKey(a) - sortKey(b));
    }
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = sortKey(i) * INDEX_SPAN + i;
    packed.sort();
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = packed[i]! % INDEX_SPAN;
    return order;
  }
}

/** Keys stay below 3·10⁸ < 2²⁹, so 2²³ indices fit beside them within a double's 2⁵³ exact integers. */
const INDEX_SPAN = 2 ** 23;
