// Accountability ends with a named, active person: directly, through an individual role, or a committee's chair.
import { describe, expect, it } from 'vitest';
import { aimsOf, build } from '../../../test/factories.ts';
import { indexSnapshot } from '../model/index.ts';
import { isAccountable, ownerAccountability, roleAccountability } from './accountability.ts';

const ann = build.persons({ id: 'p-ann' });
const gone = build.persons({ id: 'p-gone', active: false });
const officer = build.roles({ id: 'r-officer', holderIds: [ann.id] });
const vacant = build.roles({ id: 'r-vacant', holderIds: [gone.id] });
const chaired = build.roles({ id: 'r-chaired', kind: 'committee', holderIds: [ann.id], accountableChairId: ann.id });
const chairless = build.roles({ id: 'r-chairless', kind: 'committee', holderIds: [ann.id] });
const index = indexSnapshot(aimsOf({ persons: [ann, gone], roles: [officer, vacant, chaired, chairless] }));

describe('roleAccountability', () => {
  it('names the active holders of an individual role, and calls a role held only by leavers unheld', () => {
    expect(roleAccountability(officer, index)).toEqual({ kind: 'named', personIds: ['p-ann'] });
    expect(roleAccountability(vacant, index)).toEqual({ kind: 'unheld' });
  });

  it('names a committee by its chair only', () => {
    expect(roleAccountability(chaired, index)).toEqual({ kind: 'named', personIds: ['p-ann'] });
    expect(roleAccountability(chairless, index)).toEqual({ kind: 'committee-without-chair' });
    expect(roleAccountability({ ...chairless, accountableChairId: 'p-unknown' }, index)).toEqual({ kind: 'committee-without-chair' });
  });
});

describe('ownerAccountability', () => {
  it('accepts a named person or a role that resolves to one', () => {
    expect(ownerAccountability({ ownerId: ann.id }, index)).toEqual({ kind: 'person', personId: 'p-ann' });
    expect(ownerAccountability({ ownerRoleId: chaired.id }, index)).toEqual({ kind: 'role', roleId: 'r-chaired', personIds: ['p-ann'] });
    expect(isAccountable(ownerAccountability({ ownerId: gone.id, ownerRoleId: officer.id }, index))).toBe(true);
  });

  it('says why accountability does not reach a person', () => {
    expect(ownerAccountability({}, index)).toEqual({ kind: 'none' });
    expect(ownerAccountability({ ownerRoleId: chairless.id }, index)).toEqual({ kind: 'committee-without-chair', roleId: 'r-chairless' });
    expect(ownerAccountability({ ownerRoleId: vacant.id }, index)).toEqual({ kind: 'unheld-role', roleId: 'r-vacant' });
    expect(ownerAccountability({ ownerId: gone.id }, index)).toEqual({ kind: 'inactive-owner', personId: 'p-gone' });
    expect(ownerAccountability({ ownerId: 'p-who' }, index)).toEqual({ kind: 'unknown-owner', ref: 'p-who' });
    expect(isAccountable(ownerAccountability({ ownerRoleId: 'r-who' }, index))).toBe(false);
  });
});
