// The catalogue as data: ISO/IEC 42001 clauses and Annex A controls (ids, short titles, our summaries), for
// `aims catalogue --format json` and GET /api/catalogue alike.
import { clauses, controls } from '../domain/index.ts';

export const catalogueJson = () => ({
  clauses: clauses.map(({ id, title, parent, summary }) => ({ id, title, parent: parent ?? null, summary })),
  controls: controls.map(({ id, title, group, summary }) => ({ id, title, group, summary })),
});
