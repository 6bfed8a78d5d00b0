// The member roles, defined with the domain so that services can check them too; the policies decide with them.
export { roles, isRole, roleDescriptions, delegableRoles, type Role } from '../domain/member-roles.ts';
