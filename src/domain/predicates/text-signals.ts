// Signals read from free text where structured data cannot decide: business-risk wording in impact assessments,
// ISO/IEC 27001 wording in an AI policy. They justify a `needs-review`, never a finding on their own.

type Signal = readonly [label: string, pattern: RegExp];

function matches(signals: readonly Signal[], text: string): string[] {
  return signals.filter(([, pattern]) => pattern.test(text)).map(([label]) => label);
}

/** Words of business risk: harm to the organisation (money, standing, sanctions), not to people. */
const businessRisk: readonly Signal[] = [
  ['revenue', /\brevenues?\b/i],
  ['profit', /\bprofit(s|ability)?\b/i],
  ['reputation', /\breputation(al)?\b/i],
  ['brand', /\bbrand\b/i],
  ['fines', /\bfines\b|\bfined\b|\bregulatory fine\b|\bfine of\b/i],
  ['penalties', /\bpenalt(y|ies)\b/i],
  ['market share', /\bmarket share\b/i],
  ['share price', /\bshare price\b|\bstock price\b/i],
  ['churn', /\b((customer|client|user) )?(churn|attrition)\b/i],
  ['sales', /\bsales\b|\blost (business|deals?|customers|clients)\b|\bloss of (business|customers|clients)\b/i],
  ['litigation', /\blitigation\b|\blawsuits?\b|\bsued\b/i],
  ['financial loss', /\bfinancial loss(es)?\b|\bcosts? to the (company|organi[sz]ation|business)\b/i],
  ['competitive position', /\bcompetitive (position|advantage)\b|\bcompetitors?\b/i],
];

/**
 * Words that name who bears an effect: people, the people of regulated sectors (a bank's borrowers, a hospital's
 * patients, an insurer's policyholders, an employer's staff, a public body's citizens …), groups and society.
 * All matching ignores case: "Patients", "PATIENTS" and "patients" are the same people.
 */
const bearers: readonly Signal[] = [
  ['people', /\b(individuals?|persons?|people|humans?|citizens?|residents?|public|natural persons?|data subjects?|households?|famil(y|ies)|parents?|women|men)\b/i],
  ['users', new RegExp('\\b(' + [
    'users?', 'end[- ]users?', 'consumers?', 'customers?', 'clients?', 'applicants?', 'candidates?', 'job[- ]?seekers?', 'recruits?',
    'patients?', 'care recipients?', 'students?', 'pupils?', 'learners?', 'children', 'minors?', 'employees?', 'staff', 'workers?',
    'borrowers?', 'debtors?', 'account holders?', 'policyholders?', 'insured (persons?|parties)', 'beneficiar(y|ies)', 'claimants?',
    'tenants?', 'passengers?', 'travell?ers?', 'drivers?', 'pedestrians?', 'taxpayers?', 'voters?', 'benefit (recipients?|claimants?)',
    'recipients?', 'subscribers?', 'members?', 'visitors?', 'suspects?', 'defendants?', 'offenders?', 'prisoners?', 'migrants?',
    'asylum seekers?', 'refugees?', 'victims?',
  ].join('|') + ')\\b', 'i')],
  ['groups', /\b(groups?|communit(y|ies)|minorit(y|ies)|vulnerable|protected (characteristics?|groups?)|elderly|older (people|adults)|disabilit(y|ies)|disabled|ethnic\w*|gender)\b/i],
  ['society', /\b(society|societal|democra(cy|tic)|environment(al)?|labou?r market)\b/i],
];

/** Harms only people can suffer: a sign of impact on people, but not on its own of who bears it. */
const harms: readonly Signal[] = [
  ['rights and harms', /\b(discriminat\w*|bias(ed)?|unfair\w*|fairness|privacy|dignity|autonomy|safety|wellbeing|well-being|health|human rights|rights|exclusion|access to)\b/i],
];

export const businessRiskSignals = (text: string): string[] => matches(businessRisk, text);
/** Who bears the effect and what only people suffer, as labels (`users`, `groups`, `rights and harms` …). */
export const peopleSignals = (text: string): string[] => matches([...bearers, ...harms], text);
/** Only the words that name who bears the effect. */
export const bearerSignals = (text: string): string[] => matches(bearers, text);

/**
 * Business framing: the text says what the organisation would lose and names no one outside it who would bear the
 * effect. A rights word does not change that — "biased decisions could lead to fines" is a fine for the
 * organisation, with bias as its cause — while "applicants refused unfairly" names who bears it.
 */
export function readsAsBusinessRisk(text: string): boolean {
  if (businessRiskSignals(text).length === 0) return false;
  // "Lost customers" and "customer churn" are the organisation's loss: people words inside business phrases name no bearer.
  const rest = businessRisk.reduce((t, [, pattern]) => t.replace(new RegExp(pattern.source, 'gi'), ' '), text);
  return bearerSignals(rest).length === 0;
}

/** ISO/IEC 27001 wording: a sign that an information security policy was relabelled as the AI policy. */
const informationSecurity: readonly Signal[] = [
  ['information security', /\binformation security\b/i],
  ['confidentiality, integrity and availability', /\bconfidentiality,? integrity,? and availability\b|\bCIA triad\b/i],
  ['ISMS', /\bISMS\b/i],
  ['ISO/IEC 27001', /\bISO(\/IEC)?\s*27001\b/i],
];

export const informationSecuritySignals = (text: string): string[] => matches(informationSecurity, text);

const aiMention = /\bAI\b|\bartificial intelligence\b|\bmachine learning\b|\bML\b|\bmodels?\b|\balgorithm(s|ic)?\b|\bautomated decision/gi;

/** How many times a text names AI or its vocabulary (AI, artificial intelligence, machine learning, models, algorithms). */
export function aiMentions(text: string): number {
  return text.match(aiMention)?.length ?? 0;
}

/** Occurrences of the information security signals, to weigh against the AI mentions. */
export function informationSecurityMentions(text: string): number {
  let n = 0;
  for (const [, pattern] of informationSecurity) n += text.match(new RegExp(pattern.source, `${pattern.flags}g`))?.length ?? 0;
  return n;
}

/** Names and words of general-purpose AI tools staff use at work: chat and coding assistants, office copilots. */
const generalPurposeAi: readonly Signal[] = [
  ['ChatGPT', /\bchat\s?gpt\b/i],
  ['Copilot', /\bcopilot\b/i],
  ['Gemini', /\bgemini\b/i],
  ['Claude', /\bclaude\b/i],
  ['generative AI', /\bgen(erative)?[ -]?ai\b/i],
  ['AI assistant tools', /\bai (chat|writing|coding) (assistant|tool)s?\b|\b(chat|coding) assistants?\b/i],
  ['large language model tools', /\b(llm|large language model)s? (tools?|use|usage)\b|\buse of (llms?|large language models)\b/i],
];

export const generalPurposeAiSignals = (text: string): string[] => matches(generalPurposeAi, text);
