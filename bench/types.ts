// What a benchmark file exports: named cases, each returning the figures it measured.
export type Figures = Record<string, number | string>;

export interface BenchCase {
  readonly name: string;
  /** Runs once and returns its own timings (ms) and counts; the runner adds wall time and peak memory. */
  run(): Promise<Figures>;
}
