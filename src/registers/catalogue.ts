import { breachesRegister } from './breaches';
import { decisionsRegister } from './decisions';
import { giftsRegister } from './gifts';
import { interestsRegister } from './interests';
import { publishedRegister } from './published';
import type { Register, RegisterId } from './register';

/** The five registers of shared/domain.md, in its order. */
export const REGISTERS: readonly Register[] = [interestsRegister, giftsRegister, decisionsRegister, breachesRegister, publishedRegister];

export function registerNamed(id: RegisterId): Register {
  const register = REGISTERS.find((r) => r.id === id);
  if (!register) throw new Error(`No register ${id}`);
  return register;
}
