// The demo's AI system impact assessments (6.1.4, 8.4, A.5): effects on individuals, groups and society.
import type { ImpactAssessment } from '../../domain/index.ts';
import type { DemoClock } from './clock.ts';

type Impact = ImpactAssessment['impacts'][number];
const impact = (dimension: Impact['dimension'], type: string, description: string, severity: number, likelihood: number, mitigation?: string, beneficial?: boolean): Impact =>
  ({ description, dimension, type, ...(beneficial ? { beneficial } : {}), severity, likelihood, ...(mitigation ? { mitigation } : {}) });

/** The impact carried into the risk register by these risks (6.1.4 results considered in the 6.1.2 risk assessment). */
const carriedBy = (i: Impact, ...riskIds: string[]): Impact => ({ ...i, riskIds });

export function buildImpactAssessments(t: DemoClock): ImpactAssessment[] {
  const ia = (id: string, aiSystemId: string, daysAgo: number, assessorId: string, affectedParties: string[], impacts: Impact[], conclusion: string): ImpactAssessment => {
    const assessedOn = t.day(-daysAgo);
    return {
      id, aiSystemId, methodologyId: 'im-01', assessorId, assessedOn, trigger: 'initial', affectedParties, impacts, conclusion,
      nextReviewDue: t.after(assessedOn, 12), approvedById: 'p-marcus', approvedOn: t.day(-daysAgo + 10),
    };
  };
  return [
    ia('ia-credit-scoring', 'ais-credit-scoring', 200, 'p-tom', ['Loan applicants', 'Older and younger applicants', 'Applicants in deprived areas', 'Society: access to mainstream credit'], [
      impact('individual', 'fairness', 'An applicant who could afford the loan is refused because the model under-rates a thin credit file.', 3, 3, 'Referral band reviewed by underwriters; human review on request.'),
      carriedBy(impact('group', 'fairness', 'Applicants over 65 and under 25 approved at lower rates than comparable applicants.', 4, 3, 'Quarterly adverse-impact testing (ORG-1); re-weighting in v5.'), 'risk-001'),
      carriedBy(impact('society', 'access to services', 'Systematic refusal in deprived postcodes pushes people to high-cost lenders.', 4, 2, 'Postcode deprivation testing; postcode removed as a direct input.'), 'risk-001'),
      impact('individual', 'access to services', 'Faster decisions let most applicants know the outcome within minutes.', 2, 5, undefined, true),
    ], 'Acceptable with the mitigations listed; group impact to be re-measured each quarter.'),
    ia('ia-affordability', 'ais-affordability', 195, 'p-fiona', ['Applicants sharing bank data', 'Self-employed and gig-economy workers'], [
      carriedBy(impact('individual', 'financial harm', 'Over-estimated income leads to a loan the customer cannot repay.', 4, 2, 'Committed-expenditure buffer; underwriter review of high loan-to-income cases.'), 'risk-005', 'risk-006'),
      impact('group', 'fairness', 'Gig-economy workers’ income under-counted, so they are refused more often.', 3, 3, 'Gig income in the labelled sample; document-based alternative offered.'),
      impact('individual', 'privacy', 'Transaction data reveals sensitive information such as health spending.', 3, 2, 'Only income and expenditure categories kept; raw data deleted after 90 days.'),
    ], 'Acceptable with mitigations.'),
    ia('ia-assistant', 'ais-assistant', 185, 'p-tom', ['Existing customers', 'Customers in financial difficulty', 'Customers with low digital confidence'], [
      carriedBy(impact('individual', 'financial harm', 'A wrong statement of fees or rates leads a customer to a costly decision.', 4, 2, 'Grounded answers only; rates quoted from the product database.'), 'risk-009'),
      carriedBy(impact('individual', 'autonomy', 'A customer in difficulty cannot reach a person and does not get support.', 4, 2, 'Hand-over to an agent offered in every conversation.'), 'risk-010'),
      impact('society', 'trust', 'Errors by automated assistants reduce trust in lenders’ communications.', 2, 3, 'AI disclosure and transparency page.'),
    ], 'Acceptable with mitigations; accuracy objective tracked monthly.'),
    // Planted weakness (f): assessed before fraud model v3.1; the significant change 60 days ago did not trigger a new one.
    ia('ia-fraud', 'ais-fraud', 210, 'p-fiona', ['Loan applicants', 'Applicants new to the UK or Ireland', 'People on shared devices'], [
      impact('individual', 'access to services', 'A genuine applicant is delayed or refused after a false fraud referral.', 3, 3, 'Analyst review of every referral before decision.'),
      impact('group', 'fairness', 'Applicants new to the country are referred more often for lack of history.', 3, 3, 'Referral rates by residency length monitored monthly.'),
    ], 'Acceptable with mitigations.'),
    // Planted weakness (b): written as a business risk assessment; it says nothing of effects on people.
    ia('ia-collections', 'ais-collections', 190, 'p-tom', ['Larchfield Consumer Finance'], [
      impact('organisation', 'revenue', 'Recovery rates fall if the model mis-ranks accounts that would have agreed an arrangement.', 3, 3, 'Champion–challenger monitoring of recovery rates.'),
      impact('organisation', 'reputation', 'Complaints about contact frequency damage our reputation with the regulator.', 3, 2, 'Contact limits in the dialler.'),
    ], 'Commercial risk acceptable.'),
    ia('ia-document-extraction', 'ais-document-extraction', 180, 'p-fiona', ['Applicants uploading documents'], [
      impact('individual', 'fairness', 'A misread figure lowers an applicant’s assessed income.', 3, 2, 'Underwriter confirms each figure against the image.'),
      impact('individual', 'privacy', 'Uploaded documents hold more personal data than needed.', 2, 3, 'Supplier deletes documents after 30 days; UK data residency.'),
    ], 'Acceptable with mitigations.'),
  ];
}
