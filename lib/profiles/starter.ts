import starterJson from '../../assets/starter-pack.json';
import { formatPackError, parsePack, type Pack } from './schema';

/** The pack used until a team pack arrives or the manager edits one (assets/starter-pack.json). */
export function loadStarterPack(): Pack {
  const result = parsePack(starterJson);
  // A broken starter pack is a build error; tests/unit/pack-schema.test.ts guards it.
  if (!result.ok) throw new Error(`assets/starter-pack.json is invalid: ${result.errors.map(formatPackError).join('; ')}`);
  return result.pack;
}
