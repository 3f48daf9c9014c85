// The channels of clues and cases.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { createCase, deleteCase, getCase, updateCase } from './caseRecords';
import { createClue, disposeClue, getClue, updateClue } from './clues';
import { reviewCounts } from './campaignLinks';
import { listCases, listClues } from './lists';

type ClueChannel = 'cases.listClues' | 'cases.getClue' | 'cases.createClue' | 'cases.updateClue' | 'cases.disposeClue';

function cluesHandlers(ctx: Services): Pick<HandlersOf<'cases'>, ClueChannel> {
  const who = () => ctx.operator();
  return {
    'cases.listClues': (q) => listClues(ctx.db, q),
    'cases.getClue': ({ id }) => getClue(ctx.db, id),
    'cases.createClue': (fields) => getClue(ctx.db, createClue(ctx.db, fields, who(), ctx.stamp())),
    'cases.updateClue': ({ id, patch }) => {
      updateClue(ctx.db, id, patch, who(), ctx.stamp());
      return getClue(ctx.db, id);
    },
    'cases.disposeClue': ({ id, ...d }) => {
      disposeClue(ctx.db, id, d, who(), ctx.stamp());
      return getClue(ctx.db, id);
    },
  };
}

export function casesHandlers(ctx: Services): HandlersOf<'cases'> {
  const who = () => ctx.operator();
  return {
    ...cluesHandlers(ctx),
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
