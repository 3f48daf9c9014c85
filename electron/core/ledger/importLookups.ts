// Names typed in a problem import (责任科室, 责任人, 专项行动) resolved to rows of this
// hospital's database, with a Chinese reason when a name is unknown or ambiguous.
import type { Db } from '../db/open';
import { campaignRefs } from '../campaigns/reads';
import { getOrg } from '../org/org';
import type { Read } from './importCells';

export interface Lookups {
  department(name: string): Read<number>;
  /** departmentId: the row's resolved 责任科室, if one was given. */
  person(name: string, department: { id: number; name: string } | null): Read<number>;
  campaign(text: string): Read<string>;
}

/** 〔2020〕, [2020], （2020）, 【2020】 are all typed for the same document number. */
function docKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[〔[【(]/g, '〔').replace(/[〕\]】)]/g, '〕');
}

function group<K, V>(items: V[], key: (v: V) => K): Map<K, V[]> {
  const out = new Map<K, V[]>();
  for (const v of items) out.set(key(v), [...(out.get(key(v)) ?? []), v]);
  return out;
}

export function loadLookups(db: Db): Lookups {
  const org = getOrg(db);
  const departments = new Map(org.departments.map((d) => [d.name, d.id]));
  const people = group(org.people, (p) => p.name);
  const campaigns = campaignRefs(db);
  const byDoc = new Map(campaigns.filter((c) => c.docNumber).map((c) => [docKey(c.docNumber ?? ''), c.id]));
  const byTitle = group(campaigns, (c) => c.title);

  return {
    department(name) {
      const id = departments.get(name);
      return id === undefined
        ? { ok: false, message: `“${name}”不是本院已有的科室；请从下拉列表选择，或先在“科室与人员”中添加` }
        : { ok: true, value: id };
    },
    person(name, department) {
      const all = people.get(name) ?? [];
      if (all.length === 0) return { ok: false, message: `“${name}”不是本院已有的人员；请先在“科室与人员”中添加` };
      const candidates = department ? all.filter((p) => p.departmentId === department.id) : all;
      if (department && candidates.length === 0) {
        const where = [...new Set(all.map((p) => p.departmentName ?? '未分科室'))].join('、');
        return { ok: false, message: `“${name}”不是“${department.name}”的人员（登记在：${where}）` };
      }
      if (candidates.length > 1) {
        return department
          ? { ok: false, message: `“${department.name}”有 ${candidates.length} 位名叫“${name}”的人员，无法分辨；请先在“科室与人员”中区分姓名` }
          : { ok: false, message: `本院有 ${candidates.length} 位名叫“${name}”的人员，请同时填写责任科室` };
      }
      return { ok: true, value: candidates[0]?.id ?? 0 };
    },
    campaign(text) {
      const doc = byDoc.get(docKey(text));
      if (doc) return { ok: true, value: doc };
      const titled = byTitle.get(text) ?? [];
      if (titled.length === 1) return { ok: true, value: titled[0]?.id ?? '' };
      if (titled.length > 1) return { ok: false, message: `有 ${titled.length} 个专项行动名为“${text}”，请改填文号` };
      return { ok: false, message: `“${text}”不是已载入的专项行动；请填写专项行动的文号或名称，或从下拉列表选择` };
    },
  };
}
