// Which EU AI Act articles of the crosswalk bind each AI system, from its role and risk class as the inventory
// records them, and whether they apply yet as of a date.
import type { AiSystem, AimsSnapshot } from '../model/index.ts';
import type { Crosswalk } from './model.ts';

export interface Obligation {
  readonly article: string;
  readonly title: string;
  /** `binds`: the role and class decide it; `may-bind`: only if the condition holds for this system. */
  readonly applies: 'binds' | 'may-bind';
  readonly condition?: string;
  readonly appliesFrom?: string;
  /** Whether `appliesFrom` has passed as of the date asked about. */
  readonly inForce?: boolean;
}

export interface SystemObligations {
  readonly aiSystemId: string;
  readonly name: string;
  readonly inScope: boolean;
  readonly status: AiSystem['status'];
  readonly role?: AiSystem['euAiActRole'];
  readonly riskClass?: AiSystem['euAiActRiskClass'];
  readonly obligations: readonly Obligation[];
  /** What the crosswalk cannot say, or must warn of, for this system. */
  readonly notes: readonly string[];
}

/** Art 25(3): the manufacturer of a product with a high-risk AI safety component placed under its name is its provider. */
const roleForBinding = (role: NonNullable<AiSystem['euAiActRole']>): string => (role === 'product-manufacturer' ? 'provider' : role);

export function obligationsOf(system: AiSystem, crosswalk: Crosswalk, now: string): SystemObligations {
  const notes: string[] = [];
  const { euAiActRole: role, euAiActRiskClass: riskClass } = system;
  const base = { aiSystemId: system.id, name: system.name, inScope: system.inScope, status: system.status, role, riskClass };
  if (role === undefined || riskClass === undefined) {
    const missing = [role === undefined ? 'euAiActRole' : undefined, riskClass === undefined ? 'euAiActRiskClass' : undefined].filter(Boolean).join(' and ');
    return { ...base, obligations: [], notes: [`Record ${missing} of the AI system to see which articles bind it.`] };
  }
  if (riskClass === 'prohibited') notes.push('Art 5 prohibits this practice: no obligation below makes placing it on the market or using it lawful.');
  if (role === 'product-manufacturer') notes.push('Art 25(3): as the product manufacturer it has the obligations of the provider.');
  if (role === 'importer' || role === 'distributor' || role === 'authorised-representative') {
    notes.push(`The duties of an ${role.replace('-', ' ')} (Art 22–24) are not in this crosswalk; Art 25(1) makes it a provider if it puts its name on the system or changes it substantially.`);
  }
  if (riskClass === 'general-purpose' || riskClass === 'general-purpose-systemic') {
    notes.push('The obligations for general-purpose AI models (Art 53–55) are not in this crosswalk.');
  }
  const bindingRole = roleForBinding(role);
  const obligations: Obligation[] = [];
  for (const item of crosswalk.items) {
    const matches = (item.binds ?? []).filter((b) => b.role === bindingRole && b.riskClasses.includes(riskClass));
    if (matches.length === 0) continue;
    const unconditional = matches.find((b) => b.condition === undefined);
    const condition = unconditional ? undefined : matches.map((b) => b.condition!).join('; or ');
    obligations.push({
      article: item.id,
      title: item.title,
      applies: unconditional ? 'binds' : 'may-bind',
      ...(condition ? { condition } : {}),
      ...(item.appliesFrom ? { appliesFrom: item.appliesFrom, inForce: item.appliesFrom <= now } : {}),
    });
  }
  return { ...base, obligations, notes };
}

/** Every AI system of the inventory (retired ones left out) with the articles that bind it. */
export function systemObligations(aims: AimsSnapshot, crosswalk: Crosswalk, now: string): SystemObligations[] {
  return aims.aiSystems.filter((s) => s.status !== 'retired').map((s) => obligationsOf(s, crosswalk, now));
}
