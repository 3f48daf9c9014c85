// The 文书 channels. Placeholder until the drafting and writers land.
import { AppError } from '../../../shared/errors';
import type { HandlersOf } from '../api';
import type { AppContext } from '../context';

export function documentHandlers(ctx: AppContext): HandlersOf<'documents' | 'seal'> {
  void ctx;
  const todo = () => {
    throw new AppError('notReady', '文书功能尚未完成');
  };
  return {
    'documents.list': todo,
    'documents.get': todo,
    'documents.redraft': todo,
    'documents.save': todo,
    'documents.preview': todo,
    'documents.export': todo,
    'documents.settings': todo,
    'documents.setSettings': todo,
    'seal.get': todo,
    'seal.import': todo,
    'seal.setDiameter': todo,
    'seal.remove': todo,
    'seal.log': todo,
  };
}
