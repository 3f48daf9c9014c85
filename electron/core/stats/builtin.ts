// How the built-in campaigns' tables are filled, by campaign and table id. The
// office can override any cell (stat_mapping); user campaigns map their own rows.
import type { BuiltinTable } from './builtinKit';
import { GX_TB3, GX_TB4 } from './builtinGx';
import { SC_TB2 } from './builtinSc';

export type { BuiltinTable } from './builtinKit';

export const BUILTIN: Record<string, Record<string, BuiltinTable>> = {
  'sc-2020-96': { tb2: SC_TB2 },
  'gx-2020-special': { tb3: GX_TB3, tb4: GX_TB4 },
};
