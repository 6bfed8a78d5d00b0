// The AIMS domain model: record schemas, registers, snapshot and references.
export * from './primitives.ts';
export * from './context.ts';
export * from './planning.ts';
export * from './systems.ts';
export * from './support.ts';
export * from './performance.ts';
export * from './certification.ts';
export * from './registers.ts';
export * from './snapshot.ts';
export * from './references.ts';
