// `demo`: a new sample database that every capability extends.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { openCatalogDatabase } from '../context';
import { buildDemo } from '../demo/demo';
import { UsageError, type Command, type CliEnvironment, type Values } from './common';

async function run(_sub: string | undefined, _rest: string[], values: Values, env: CliEnvironment): Promise<number> {
  if (!values.db) throw new UsageError('demo 需要 --db <文件>：示例数据只写入新的数据库文件');
  const file = path.resolve(values.db);
  if (fs.existsSync(file)) {
    throw new AppError('fileExists', `文件“${file}”已存在。示例数据只写入新文件，以免覆盖真实数据`);
  }
  const scale = values.scale === undefined ? 1 : Number(values.scale);
  const now = env.now ?? (() => new Date());
  const db = await openCatalogDatabase(file, env.resourcesDir, now);
  try {
    const report = buildDemo(db, { scale, evidenceDir: path.join(path.dirname(file), 'evidence') });
    env.out(
      `示例数据库已生成：${file}\n科室 ${report.departments} 个，人员 ${report.people} 人；自查轮次 ${report.rounds} 个，答案 ${report.answers} 条，佐证材料 ${report.evidence} 份；问题 ${report.problems} 个；线索 ${report.clues} 条，案件 ${report.cases} 件`,
    );
  } catch (e) {
    db.close();
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}-wal`, { force: true });
    fs.rmSync(`${file}-shm`, { force: true });
    throw e;
  }
  db.close();
  return 0;
}

export const demoCommand: Command = {
  usage: '  demo --db <文件> [--scale N]                    生成示例数据库（只写入新文件）',
  run,
};
