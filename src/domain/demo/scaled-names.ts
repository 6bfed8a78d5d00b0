// Deterministic fictional names for the people of generated business units.
const first = ['Alex', 'Bea', 'Cai', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jade', 'Kofi', 'Lena', 'Milo', 'Nia', 'Omar', 'Pia', 'Quinn', 'Rhys', 'Sana', 'Theo'];
const last = ['Abbott', 'Bose', 'Carver', 'Dunn', 'Ekwueme', 'Frost', 'Gill', 'Hughes', 'Iqbal', 'Jensen', 'Khan', 'Lowe', 'Moss', 'Nolan', 'Osei', 'Park', 'Quigley', 'Reid', 'Sato', 'Tran'];

/** The n-th name: every first name with every surname before any repeats (400 combinations, then numbered). */
export function syntheticNames(n: number): string {
  const name = `${first[n % first.length]} ${last[Math.floor(n / first.length) % last.length]}`;
  const round = Math.floor(n / (first.length * last.length));
  return round === 0 ? name : `${name} ${round + 1}`;
}
