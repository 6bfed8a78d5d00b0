// Text signals: business-risk and people wording, ISO/IEC 27001 wording and AI mentions.
import { describe, expect, it } from 'vitest';
import { aiMentions, bearerSignals, businessRiskSignals, informationSecurityMentions, informationSecuritySignals, peopleSignals, readsAsBusinessRisk } from './text-signals.ts';

describe('business risk and people signals', () => {
  it('finds business-risk wording', () => {
    expect(businessRiskSignals('Loss of revenue and reputational damage; regulatory fines up to 4%')).toEqual(['revenue', 'reputation', 'fines']);
    expect(businessRiskSignals('Lower market share if competitors launch first')).toEqual(['market share', 'competitive position']);
  });

  it('does not read fine-tuning, definitions or ordinary words as fines', () => {
    expect(businessRiskSignals('The model is fine-tuned on defined data; results look fine')).toEqual([]);
  });

  it('finds who bears an effect and harms only people suffer', () => {
    expect(peopleSignals('Applicants from minority groups may be refused credit unfairly')).toEqual(['users', 'groups', 'rights and harms']);
    expect(peopleSignals('Quarterly revenue falls')).toEqual([]);
  });
});

describe('issue 9 (2026-12-02): the people of regulated sectors and business framing', () => {
  it('names the people of regulated sectors as who bears an effect, in any case', () => {
    for (const who of ['customers', 'Patient', 'APPLICANTS', 'borrower', 'Employees', 'citizens', 'policyholders', 'claimants', 'job seekers', 'pupils', 'taxpayers', 'benefit recipients']) {
      expect(bearerSignals(`Harm to ${who}`), who).not.toEqual([]);
    }
    expect(peopleSignals('DISCRIMINATION against Older People')).toEqual(['people', 'groups', 'rights and harms']);
  });
  it('reads business framing even when a rights word appears', () => {
    expect(readsAsBusinessRisk('Biased decisions could lead to fines')).toBe(true);
    expect(readsAsBusinessRisk('A PRIVACY breach would mean LOST CUSTOMERS and reputational damage')).toBe(true);
    expect(readsAsBusinessRisk('Customer churn after unfair refusals')).toBe(true);
  });
  it('does not read an effect on named people as business framing, even beside a fine', () => {
    expect(readsAsBusinessRisk('Applicants refused unfairly, and the regulator may impose fines')).toBe(false);
    expect(readsAsBusinessRisk('Patients given a wrong triage priority')).toBe(false);
    expect(readsAsBusinessRisk('Unfair outcomes')).toBe(false);
  });
});

describe('information security and AI wording', () => {
  it('recognises an ISO/IEC 27001 policy', () => {
    const text = 'This policy protects the confidentiality, integrity and availability of information. Our ISMS is certified to ISO/IEC 27001.';
    expect(informationSecuritySignals(text)).toEqual(['confidentiality, integrity and availability', 'ISMS', 'ISO/IEC 27001']);
    expect(informationSecurityMentions(`${text} Information security is everyone's job.`)).toBe(4);
    expect(aiMentions(text)).toBe(0);
  });

  it('counts mentions of AI and its vocabulary, not words that contain AI', () => {
    expect(aiMentions('We develop AI systems and machine learning models responsibly. Maintain the chain.')).toBe(3);
  });

  it('issue 9 (2026-12-02): matches in any case', () => {
    expect(aiMentions('Machine Learning and Artificial Intelligence; Models')).toBe(3);
    expect(informationSecuritySignals('our isms and Information Security')).toEqual(['information security', 'ISMS']);
  });
});
