// The document settings (设置 → 文书): 主送机关, 发文机关标志, 签发人 and the leading
// group (领导小组) that document heads and the group notice are drawn from.
import { documentSettingsSchema, type DocumentSettings } from '../../../shared/channels/documents';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../db/settings';

const KEY = 'documents';

export const EMPTY_DOCUMENT_SETTINGS: DocumentSettings = { addressee: '', issuerMark: '', signer: '', group: [], groupOffice: '' };

export function getDocumentSettings(db: Db): DocumentSettings {
  const value = readSetting(db, KEY);
  if (!value) return { ...EMPTY_DOCUMENT_SETTINGS, group: [] };
  // A value written by a later version may carry fields we do not know: keep what we understand.
  const parsed = documentSettingsSchema.safeParse(JSON.parse(value));
  return parsed.success ? parsed.data : { ...EMPTY_DOCUMENT_SETTINGS, group: [] };
}

export function setDocumentSettings(db: Db, settings: DocumentSettings): DocumentSettings {
  const clean = documentSettingsSchema.parse(settings);
  const trimmed: DocumentSettings = {
    addressee: clean.addressee.trim(),
    issuerMark: clean.issuerMark.trim(),
    signer: clean.signer.trim(),
    group: clean.group.map((m) => ({ name: m.name.trim(), post: m.post.trim(), role: m.role })),
    groupOffice: clean.groupOffice.trim(),
  };
  writeSetting(db, KEY, JSON.stringify(trimmed));
  return trimmed;
}
