// The roles a member of an organisation can hold in OpenAIMS, and which role a user may hand to an API token.
export const roles = ['owner', 'manager', 'contributor', 'internal-auditor', 'top-management', 'external-auditor', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);

export const roleDescriptions: Readonly<Record<Role, string>> = {
  owner: 'Runs the AIMS in OpenAIMS: every register, the members and their roles.',
  manager: 'Keeps every register (AIMS owner or compliance manager), without managing members.',
  contributor: 'A control owner: reads the AIMS, edits and creates only the records they own.',
  'internal-auditor': 'Reads everything; writes the internal audits assigned to them.',
  'top-management': 'Reads everything; approves the AI policy, the Statement of Applicability and management reviews.',
  'external-auditor': 'Certification body auditor: reads the AIMS for one external audit between two dates, and writes that audit\'s findings.',
  viewer: 'Reads everything, changes nothing.',
};

/**
 * The roles a holder of `role` may delegate (to an API token): never more than their own. The middle roles are
 * not ordered against each other, so each delegates only itself and viewer.
 */
export function delegableRoles(role: Role): readonly Role[] {
  switch (role) {
    case 'owner': return roles;
    case 'manager': return roles.filter((r) => r !== 'owner');
    case 'viewer': return ['viewer'];
    case 'external-auditor': return ['external-auditor'];
    default: return [role, 'viewer'];
  }
}
