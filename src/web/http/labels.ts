// Names of referenced records (a person's name rather than `p-liam`), from the target register, cached per page view.
import { registers, type RegisterName } from '../../domain/model/registers.ts';
import { registerBySlug } from '../registers/navigation.ts';
import { useAllRecords } from './registers.ts';

/** The display name of each record of a register, by id; empty until loaded or when the register is unknown. */
export function useLabels(org: string, register: string): ReadonlyMap<string, string> {
  const nav = registerBySlug(register);
  const all = useAllRecords(org, nav?.slug ?? '', nav !== undefined);
  if (!nav || !all.data) return new Map();
  const key = registers[nav.name as RegisterName].label;
  return new Map(all.data.items.map((e) => [String(e.record.id), key === 'id' ? String(e.record.id) : String(e.record[key] ?? e.record.id)]));
}
