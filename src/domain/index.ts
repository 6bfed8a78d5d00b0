// The domain layer: the AIMS model and the ISO/IEC 42001 catalogue. No I/O and no clock here.
export * from './catalogue/index.ts';
export * from './model/index.ts';
export * from './errors.ts';
export * from './dates.ts';
export * from './evidence-request.ts';
