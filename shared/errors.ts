// AppError: what every door returns on failure. The message is Chinese and names
// what is wrong and where; `where` carries the machine-readable location. The codes
// are a closed set, so that a branch on a code nothing throws does not compile.
import type { z } from 'zod';

export const ERROR_CODES = [
  // The doors: a request refused as such, or a failure nobody foresaw.
  'invalid', 'unknownChannel', 'forbidden', 'internal', 'openFailed', 'badRoute',
  // The database and the session: opening, workspaces, the lock and its keys.
  'notADatabase', 'databaseFromFuture', 'databaseBusy', 'databaseInUse', 'databaseMissing', 'staleKey', 'sampleWorkspace',
  'locked', 'noLock', 'lockSet', 'wrongPassword', 'wrongRecoveryKey', 'passwordMissing', 'passwordTooShort', 'passwordTooLong',
  'keyFileDamaged',
  // Files, the disk and the computer's own programs (desktop, printer).
  'fileFault', 'diskFault', 'fileNotWritable', 'fileUnreadable', 'fileExists', 'fileTooLarge', 'fileChanged', 'tooLarge',
  'unsupportedFile', 'noDesktop', 'noPrinter', 'notExported',
  // Stored evidence files (佐证材料), for self-inspection items and problems alike.
  'evidenceNotFound', 'evidenceMissing', 'evidenceDamaged', 'evidenceLocked', 'evidenceWriteFailed', 'noPreview', 'previewTooLarge',
  // Backups and migration packages.
  'backupNotFound', 'backupDamaged', 'backupEmpty', 'backupFromFuture', 'backupSchema', 'databaseDamaged', 'databaseNotEmpty',
  'nothingToUndo', 'secondFolderInside', 'packageDamaged', 'packageTargetLink', 'packageTooLarge',
  // Campaign files, the catalog and notices read into campaigns.
  'campaignNotFound', 'builtinCampaign', 'docNumberTaken', 'olderRevision', 'sameRevisionDiffers', 'oldFormat', 'invalidJson',
  'invalidProposal', 'queryTooShort', 'nothingRecognised', 'corruptFile', 'notDocx', 'badWorkbook', 'macro', 'zipBomb',
  'pdfLocked', 'pdfWithoutText',
  // The hospital's departments and people.
  'departmentExists', 'departmentNotFound', 'personNotFound',
  // Fields the officer must fill or get right, on any form.
  'nameRequired', 'titleRequired', 'summaryRequired', 'descriptionRequired', 'textRequired', 'reasonRequired', 'invalidDate',
  'invalidPeriod', 'invalidAmount',
  // Self-inspection: rounds, answers, department workbooks.
  'roundNotFound', 'roundClosed', 'roundOpen', 'elementNotFound', 'notApplicable', 'invalidAnswer', 'noteTooLong', 'noProblem',
  'dueOutsideCampaign', 'nothingToExport', 'nothingToInspect', 'conflictUnresolved', 'planExpired', 'planStale',
  // The problem and rectification ledgers.
  'problemNotFound', 'signedOff', 'illegalTransition', 'milestoneRequired', 'invalidSort', 'nothingToAdd', 'tooManyRows',
  // Clues and cases.
  'clueNotFound', 'caseNotFound', 'tooMany',
  // Statistics tables.
  'tableNotFound', 'rowNotFound', 'columnNotFound', 'itemNotFound', 'checklistFigures', 'notOwnCell', 'invalidFigure',
  'roleRequired', 'roundOfOtherCampaign', 'notTraceable', 'noTables',
  // Documents (文书) and the seal.
  'wrongKind', 'unknownFigure', 'duplicateBlock', 'blanksRemain', 'signatureRequired', 'stampedDocx', 'noSeal', 'sealNotPng',
  'sealOpaque', 'sealTooLarge',
  // Duties (报送台账): occurrences, submissions, exports and evidence periods.
  'dutyNotFound', 'occurrenceNotFound', 'alreadySent', 'allSent', 'notSent', 'futureDate', 'badDate', 'noFiles', 'exportNotFound',
  'exportChanged', 'badCovers',
  // The sample data (demo).
  'notEmpty', 'invalidScale',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

const codes: ReadonlySet<string> = new Set(ERROR_CODES);
export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && codes.has(code);

export interface AppErrorData {
  code: ErrorCode;
  message: string;
  where?: string;
}

/**
 * An error as it arrives through a door (IPC, the harness's page): its code is any
 * string there, narrowed here to the closed set ('internal' for one this build does not know).
 */
export function fromWire(error: { code: string; message: string; where?: string | undefined }): AppErrorData {
  const code = isErrorCode(error.code) ? error.code : 'internal';
  return error.where === undefined ? { code, message: error.message } : { code, message: error.message, where: error.where };
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;
  constructor(code: ErrorCode, message: string, where?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.where = where;
  }
  toData(): AppErrorData {
    return this.where === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, where: this.where };
  }
}

/** A JSON path as people read it: tasks[3].deadline.original */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(根)';
}

/** Turns a zod failure into one AppError listing every broken field with its path. */
export function fromZodError(error: z.ZodError, what: string): AppError {
  const lines = error.issues.slice(0, 20).map((i) => `${formatPath(i.path)}：${zodMessage(i)}`);
  const more = error.issues.length > 20 ? `\n……另有 ${error.issues.length - 20} 处错误` : '';
  const where = formatPath(error.issues[0]?.path ?? []);
  return new AppError('invalid', `${what}格式不正确：\n${lines.join('\n')}${more}`, where);
}

/** A zod issue in Chinese: our schemas' own messages where given, else one made from the code. */
export function zodMessage(issue: z.core.$ZodIssue): string {
  // Messages our schemas wrote start with a Chinese character; zod's own are English.
  if (/^[\u4e00-\u9fff“（]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `类型不对，应为 ${typeName(issue.expected)}`;
    case 'unrecognized_keys':
      return `含有不认识的字段 ${issue.keys.join('、')}`;
    case 'invalid_value':
      return `取值不对，应为 ${issue.values.map((v) => JSON.stringify(v)).join(' 或 ')}`;
    case 'invalid_union':
      return '内容不符合任何一种允许的形式';
    case 'too_small':
      return issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `不能超过 ${String(issue.maximum)} 个字符` : `不能大于 ${String(issue.maximum)}`;
    default:
      return '内容不正确';
  }
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: '文本', number: '数字', int: '整数', boolean: '是/否', array: '列表', object: '对象', null: '空值',
  };
  return names[t] ?? t;
}
