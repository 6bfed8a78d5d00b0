// Multi-site sampling (IAF MD 1): how many sites each audit visits, besides the central function.

export interface SiteSample {
  /** Sites the sample is drawn from: every site in scope other than the central function. */
  readonly sites: number;
  readonly initial: number;
  readonly surveillance: number;
  readonly recertification: number;
  /** The central function is audited at every audit, on top of the sampled sites. */
  readonly centralFunctionAlwaysAudited: true;
  readonly rule: string;
}

/** Rounds up, ignoring float noise (0.6 × √25 must be 3, not 4). */
const ceil = (x: number): number => Math.max(0, Math.ceil(x - 1e-9));

/** Sample sizes for `sites` sites other than the central function: √n, 0.6·√n and 0.8·√n, each rounded up. */
export function multiSiteSample(sites: number): SiteSample {
  const n = Math.max(0, Math.floor(sites));
  const root = Math.sqrt(n);
  return {
    sites: n,
    initial: ceil(root),
    surveillance: ceil(0.6 * root),
    recertification: ceil(0.8 * root),
    centralFunctionAlwaysAudited: true,
    rule:
      `IAF MD 1 sampling of ${n} site(s) besides the central function: initial √n = ${ceil(root)}, surveillance 0.6·√n = `
      + `${ceil(0.6 * root)}, recertification 0.8·√n = ${ceil(0.8 * root)}, each rounded up; the central function is audited `
      + 'every time, and at least a quarter of the sample is chosen at random. A likely reading of IAF MD 1 from secondary sources: '
      + 'the certification body sets the final sample.',
  };
}
