// Pure data generation (no I/O, the day passed in): the demo organisation and the synthetic scaled organisations used by benchmarks.
export { buildDemoOrganisation, DEMO_WEAKNESSES, demoOrganisation, type DemoOptions } from './demo.ts';
export { buildScaledOrganisation } from './scaled.ts';
