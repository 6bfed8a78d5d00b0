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
  ['churn', /\bchurn\b/i],
  ['sales', /\bsales\b|\blost (business|deals?|customers)\b|\bloss of business\b/i],
  ['litigation', /\blitigation\b|\blawsuits?\b|\bsued\b/i],
  ['financial loss', /\bfinancial loss(es)?\b|\bcosts? to the (company|organi[sz]ation|business)\b/i],
  ['competitive position', /\bcompetitive (position|advantage)\b|\bcompetitors?\b/i],
];

/** Words that place an effect on people: who bears it, or a harm only people can suffer. */
const people: readonly Signal[] = [
  ['people', /\b(individuals?|persons?|people|humans?|citizens?|residents?|public)\b/i],
  ['users', /\b(users?|consumers?|applicants?|candidates?|patients?|students?|children|minors?|employees?|workers?|borrowers?|claimants?|tenants?|passengers?)\b/i],
  ['groups', /\b(groups?|communit(y|ies)|minorit(y|ies)|vulnerable|protected characteristics?|elderly|disabilit(y|ies)|disabled)\b/i],
  ['society', /\b(society|societal|democra(cy|tic)|environment(al)?|labou?r market)\b/i],
  ['rights and harms', /\b(discriminat\w*|bias(ed)?|unfair\w*|fairness|privacy|dignity|autonomy|safety|wellbeing|well-being|health|human rights|rights|exclusion|access to)\b/i],
];

export const businessRiskSignals = (text: string): string[] => matches(businessRisk, text);
export const peopleSignals = (text: string): string[] => matches(people, text);

/** ISO/IEC 27001 wording: a sign that an information security policy was relabelled as the AI policy. */
const informationSecurity: readonly Signal[] = [
  ['information security', /\binformation security\b/i],
  ['confidentiality, integrity and availability', /\bconfidentiality,? integrity,? and availability\b|\bCIA triad\b/i],
  ['ISMS', /\bISMS\b/],
  ['ISO/IEC 27001', /\bISO(\/IEC)?\s*27001\b/i],
];

export const informationSecuritySignals = (text: string): string[] => matches(informationSecurity, text);

const aiMention = /\bAI\b|\bartificial intelligence\b|\bmachine learning\b|\bML\b|\bmodels?\b|\balgorithm(s|ic)?\b|\bautomated decision/g;

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
