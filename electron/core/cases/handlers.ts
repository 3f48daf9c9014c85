// The channels of clues and cases.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { createCase, deleteCase, getCase, updateCase } from './caseRecords';
import { createClue, disposeClue, getClue, updateClue } from './clues';
import { reviewCounts } from './campaignLinks';
import { listCases, listClues } from './lists';

export function cluesHandlers(ctx: Services): HandlersOf<'clues'> {
  const who = () => ctx.operator();
  return {
    'clues.list': (q) => listClues(ctx.db, q),
    'clues.get': ({ id }) => getClue(ctx.db, id),
    'clues.create': (fields) => getClue(ctx.db, createClue(ctx.db, fields, who(), ctx.stamp())),
    'clues.update': ({ id, patch }) => {
      updateClue(ctx.db, id, patch, who(), ctx.stamp());
      return getClue(ctx.db, id);
    },
    'clues.dispose': ({ id, ...d }) => {
      disposeClue(ctx.db, id, d, who(), ctx.stamp());
      return getClue(ctx.db, id);
    },
  };
}

export function casesHandlers(ctx: Services): HandlersOf<'cases'> {
  const who = () => ctx.operator();
  return {
    'cases.list': (q) => listCases(ctx.db, q),
    'cases.get': ({ id }) => getCase(ctx.db, id),
    'cases.create': (fields) => getCase(ctx.db, createCase(ctx.db, fields, who(), ctx.stamp())),
    'cases.update': ({ id, patch }) => {
      updateCase(ctx.db, id, patch, who(), ctx.stamp());
      return getCase(ctx.db, id);
    },
    'cases.linkReview': () => reviewCounts(ctx.db),
    'cases.delete': ({ id }) => {
      deleteCase(ctx.db, id);
      return null;
    },
  };
}
