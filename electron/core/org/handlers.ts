// The channels of the hospital's own data: profile, departments, people, operator.
import type { HandlersOf } from '../handlerTypes';
import type { Services } from '../ports';
import { deleteDepartment, deletePerson, getOperator, getOrg, saveDepartment, savePerson, setHospital, setOperator } from './org';

export function orgHandlers(ctx: Services): HandlersOf<'org'> {
  return {
    'org.get': () => getOrg(ctx.db),
    'org.saveHospital': (hospital) => {
      setHospital(ctx.db, hospital);
      return getOrg(ctx.db);
    },
    'org.saveDepartment': (d) => {
      saveDepartment(ctx.db, d);
      return getOrg(ctx.db);
    },
    'org.deleteDepartment': ({ id }) => {
      deleteDepartment(ctx.db, id);
      return getOrg(ctx.db);
    },
    'org.savePerson': (p) => {
      savePerson(ctx.db, p);
      return getOrg(ctx.db);
    },
    'org.deletePerson': ({ id }) => {
      deletePerson(ctx.db, id);
      return getOrg(ctx.db);
    },
    'org.operator': () => ({ operator: getOperator(ctx.db) }),
    'org.setOperator': ({ operator }) => {
      setOperator(ctx.db, operator);
      return { operator: getOperator(ctx.db) };
    },
  };
}
