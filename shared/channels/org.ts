// The channels of the hospital's own data: its profile, departments and people, and
// the operator's name that every change is recorded under.
import { z } from 'zod';
import { noInput, returns, rowId, shortText } from './common';

export interface OrgView {
  hospital: { name: string; level: string; category: string; ownership: string; region: string } | null;
  departments: { id: number; name: string; category: string }[];
  people: { id: number; name: string; departmentId: number | null; departmentName: string | null; title: string; phone: string }[];
}

export const orgChannels = {
  'org.get': { input: noInput, output: returns<OrgView>() },
  'org.saveHospital': {
    input: z.strictObject({
      name: shortText(100), level: shortText(40), category: shortText(40), ownership: shortText(40), region: shortText(60),
    }),
    output: returns<OrgView>(),
  },
  'org.saveDepartment': {
    input: z.strictObject({ id: rowId.nullable(), name: shortText(40), category: shortText(20) }),
    output: returns<OrgView>(),
  },
  'org.deleteDepartment': { input: z.strictObject({ id: rowId }), output: returns<OrgView>() },
  'org.savePerson': {
    input: z.strictObject({
      id: rowId.nullable(), name: shortText(40), departmentId: rowId.nullable(), title: shortText(40), phone: shortText(40),
    }),
    output: returns<OrgView>(),
  },
  'org.deletePerson': { input: z.strictObject({ id: rowId }), output: returns<OrgView>() },
  'org.operator': { input: noInput, output: returns<{ operator: string }>() },
  'org.setOperator': { input: z.strictObject({ operator: shortText(40) }), output: returns<{ operator: string }>() },
} as const;
