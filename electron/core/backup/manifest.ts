// The migration package (迁移包): one .zip holding manifest.json, the database
// snapshot and the evidence store, every file with its SHA-256 and size.
import { z } from 'zod';
import { MAX_EVIDENCE_BYTES } from '../evidenceStore';

export const PACKAGE_FORMAT = 'zicha-package';
export const DATABASE_ENTRY = 'zicha.sqlite';
export const MANIFEST_ENTRY = 'manifest.json';
/** The app lock's key file, present when the database is encrypted (it opens only with the password or recovery key). */
export const KEY_ENTRY = 'zicha.lock.json';
const MAX_KEY_FILE_BYTES = 64 * 1024;

/** The whole package is read into memory; beyond this it is refused before reading. */
export const MAX_PACKAGE_BYTES = 2 * 1024 ** 3;
export const MAX_DATABASE_BYTES = 2 * 1024 ** 3;
/** What all entries together may expand to (a zip bomb declares small and expands large). */
export const MAX_EXPANDED_BYTES = 4 * 1024 ** 3;
export const MAX_MANIFEST_BYTES = 20 * 1024 * 1024;
export const MAX_ENTRIES = 200_000;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '校验值应为 64 位十六进制');
/** Entry names are never used as paths: only these shapes exist, so nothing can point outside the data folder. */
export const EVIDENCE_PATH = /^evidence\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

const fileSchema = z
  .strictObject({
    path: z.string().max(200),
    /** Of the bytes shipped: for a sealed evidence file, of its sealed bytes (its name is the plaintext's hash). */
    sha256,
    size: z.number().int().min(0),
    /** A sealed evidence file (app lock): it opens with the key file's evidence key. */
    sealed: z.literal(true).optional(),
  })
  .superRefine((f, ctx) => {
    const m = EVIDENCE_PATH.exec(f.path);
    if (f.sealed && !m) {
      ctx.addIssue({ code: 'custom', message: '只有佐证材料可以标为加密', path: ['sealed'] });
    } else if (f.path === DATABASE_ENTRY) {
      if (f.size > MAX_DATABASE_BYTES) ctx.addIssue({ code: 'custom', message: '数据库超过 2 GB 上限', path: ['size'] });
    } else if (f.path === KEY_ENTRY) {
      if (f.size > MAX_KEY_FILE_BYTES) ctx.addIssue({ code: 'custom', message: '应用锁密钥文件过大', path: ['size'] });
    } else if (!m) {
      ctx.addIssue({ code: 'custom', message: `不允许的文件名“${f.path.slice(0, 80)}”`, path: ['path'] });
    } else if (m[1] !== m[2]?.slice(0, 2) || (!f.sealed && m[2] !== f.sha256)) {
      ctx.addIssue({ code: 'custom', message: '佐证材料的文件名与校验值不符', path: ['path'] });
    } else if (f.size > MAX_EVIDENCE_BYTES) {
      ctx.addIssue({ code: 'custom', message: '佐证材料超过 200 MB 上限', path: ['size'] });
    }
  });

export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(1),
  appVersion: z.string().max(50),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  files: z
    .array(fileSchema)
    .max(MAX_ENTRIES)
    .refine((files) => files.filter((f) => f.path === DATABASE_ENTRY).length === 1, '应当恰好包含一个数据库 zicha.sqlite')
    .refine((files) => new Set(files.map((f) => f.path)).size === files.length, '文件清单中有重复的文件')
    .refine((files) => !files.some((f) => f.sealed) || files.some((f) => f.path === KEY_ENTRY), '含有加密的佐证材料，但缺少应用锁密钥文件 zicha.lock.json')
    .refine((files) => files.reduce((sum, f) => sum + f.size, 0) <= MAX_EXPANDED_BYTES, '解压后总大小超过 4 GB 上限'),
});
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestFile = Manifest['files'][number];
