// AppError: what every door returns on failure. The message is Chinese and names
// what is wrong and where; `where` carries the machine-readable location.
import { z } from 'zod';

export const appErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  where: z.string().optional(),
});
export type AppErrorData = z.infer<typeof appErrorSchema>;

export class AppError extends Error {
  readonly code: string;
  readonly where: string | undefined;
  constructor(code: string, message: string, where?: string) {
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
