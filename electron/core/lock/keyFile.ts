// The key file beside an encrypted database (zicha.lock.json): the database's
// random 256-bit key, wrapped (AES-256-GCM) under a key derived from the password
// with scrypt and a random salt. Without the password or the recovery key file
// the key cannot be had: nothing here can recover a forgotten password.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../shared/channels/lock';
import { AppError } from '../../../shared/errors';
import type { Key } from '../db/cipher';
import { writeFileAtomic } from '../files';

const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));
const sealedSchema = z.strictObject({ iv: hex(24), tag: hex(32), data: hex(64) });
type Sealed = z.infer<typeof sealedSchema>;

const keyFileSchema = z.strictObject({
  format: z.literal('zicha-lock'),
  version: z.literal(1),
  /** Shown on the unlock screen before anything can be read: the hospital's name. */
  label: z.string().max(200),
  salt: hex(32),
  N: z.number().int().min(2 ** 14).max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  /** The database key under the password's key. */
  key: sealedSchema,
  /** Keys from before password changes, each under the current database key: older backups are under them. */
  previous: z.array(sealedSchema).max(100),
  /** The evidence store's key under the database key (absent in key files from before evidence was sealed). */
  evidence: sealedSchema.optional(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;


export function readKeyFile(file: string): KeyFile | null {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return keyFileSchema.parse(JSON.parse(text));
  } catch {
    throw new AppError('keyFileDamaged', `应用锁的密钥文件“${path.basename(file)}”已损坏，无法用密码解锁；请用恢复密钥文件解锁，或从迁移包恢复`);
  }
}

export function writeKeyFile(file: string, keyFile: KeyFile): void {
  writeFileAtomic(file, `${JSON.stringify(keyFile, null, 2)}\n`);
}

function seal(wrapping: Buffer, plain: Buffer): Sealed {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrapping, iv);
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv: iv.toString('hex'), tag: cipher.getAuthTag().toString('hex'), data: data.toString('hex') };
}

function open(wrapping: Buffer, sealed: Sealed): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrapping, Buffer.from(sealed.iv, 'hex'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'hex')), decipher.final()]);
  } catch {
    return null;
  }
}

function passwordKey(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Buffer {
  return scryptSync(password.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r });
}

export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AppError('passwordTooShort', `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`, 'password');
  if (password.length > 200) throw new AppError('passwordTooLong', '密码不能超过 200 个字符', 'password');
}

/** A key file for `key` under `password`, carrying the keys it replaces and the evidence key. */
export function makeKeyFile(password: string, key: Key, label: string, previous: readonly Key[], evidenceKey?: Key): KeyFile {
  checkNewPassword(password);
  const salt = randomBytes(16);
  return {
    format: 'zicha-lock',
    version: 1,
    label: label.slice(0, 200),
    salt: salt.toString('hex'),
    ...SCRYPT,
    key: seal(passwordKey(password, salt, SCRYPT), key),
    previous: previous.map((k) => seal(key, k)),
    ...(evidenceKey ? { evidence: seal(key, evidenceKey) } : {}),
  };
}

/** The evidence key, opened with the database key; null when the key file has none. */
export function evidenceKeyOf(keyFile: KeyFile, key: Key): Key | null {
  return keyFile.evidence ? open(key, keyFile.evidence) : null;
}

export const newKey = (): Key => randomBytes(32);

/** The database key and the older ones; "密码不正确" and nothing else for a wrong password. */
export function unwrapWithPassword(keyFile: KeyFile, password: string): Key[] {
  const key = open(passwordKey(password, Buffer.from(keyFile.salt, 'hex'), keyFile), keyFile.key);
  if (!key) throw new AppError('wrongPassword', '密码不正确', 'password');
  return [key, ...previousKeys(keyFile, key)];
}

export function previousKeys(keyFile: KeyFile, key: Key): Key[] {
  return keyFile.previous.map((s) => open(key, s)).filter((k): k is Key => k !== null);
}

const RECOVERY = /ZICHA-RECOVERY-1:([0-9a-f]{64})/;

/** The recovery key file's text: the raw database key, to be kept offline. */
export function recoveryText(key: Key, label: string, at: string): string {
  return [
    `自查通恢复密钥（${label}，${at.slice(0, 10)} 生成）`,
    '忘记应用锁密码时，用本文件在解锁界面（或命令行）解锁。任何人拿到本文件都能打开数据库：请离线保管（如存入保密柜中的 U 盘），不要放在这台电脑上。',
    '修改密码后旧的恢复密钥失效，请重新导出。',
    '',
    `ZICHA-RECOVERY-1:${key.toString('hex')}`,
    '',
  ].join('\r\n');
}

export function parseRecoveryText(text: string): Key | null {
  const m = RECOVERY.exec(text);
  return m?.[1] ? Buffer.from(m[1], 'hex') : null;
}
