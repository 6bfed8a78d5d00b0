// How long exports and imports say how far they are: the CLI draws a bar from it, other callers pass nothing.
export type ProgressListener = (done: number, total: number, what: string) => void;
