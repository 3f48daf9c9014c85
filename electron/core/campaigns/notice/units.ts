// Who leads and who helps: "区医保局牵头，区卫生健康委、区公安局配合",
// "省卫生健康委、省中医药管理局按职责分别牵头", "机制成员单位按职责共同推进".
export interface Assignment {
  lead: string[];
  co: string[];
}

const ORG_END = /(委|局|厅|处|办|室|部|院|中心|单位|部门|委员会|党委|总队|组)$/;
const ROLE_TAIL = /(?:按各自职责|按职责|按分别按职责|分别按职责|按职)?(?:分别|共同)?(牵头负责|牵头|负责|共同推进|推进|配合|参与|协助)$/;

function splitUnits(s: string): string[] {
  return s
    .split(/[、\n，,；;\/]+/)
    .flatMap((part) => {
      // 和/及 join two units ("省市场监管局和省中医药管理局") but also sit inside names (经济和信息化委员会).
      const pieces = part.split(/[和及与](?=[\u4e00-\u9fa5]{2,})/);
      return pieces.every((p, i) => i === pieces.length - 1 || ORG_END.test(p)) ? pieces : [part];
    })
    .map((u) => u.replace(/^(由|请)/, '').trim())
    .filter((u) => u.length >= 2);
}

/** Reads an assignment; null when the text names no role (牵头, 负责, 配合…) and no unit. */
export function readAssignment(text: string): Assignment | null {
  // A cell wraps mid-name ("区公安 局"); a line break after a whole unit separates two.
  const t = text.trim().replace(/\s+/g, (_sp, i: number, all: string) =>
    ORG_END.test(all.slice(0, i)) && !/^(牵头|负责|配合|按|分别|共同)/.test(all.slice(i).trim()) ? '\n' : '',
  );
  const clauses = t.split(/[，,；;。]/).map((c) => c.trim()).filter(Boolean);
  const out: Assignment = { lead: [], co: [] };
  clauses.forEach((clause, i) => {
    const role = ROLE_TAIL.exec(clause);
    const units = splitUnits(role ? clause.slice(0, role.index) : clause);
    const verb = role?.[1] ?? '';
    const isCo = /配合|参与|协助/.test(verb) || (/推进/.test(verb) && i > 0);
    (isCo ? out.co : out.lead).push(...units);
  });
  const dedupe = (xs: string[]) => [...new Set(xs)];
  return out.lead.length || out.co.length ? { lead: dedupe(out.lead), co: dedupe(out.co).filter((u) => !out.lead.includes(u)) } : null;
}

/** The trailing "（…牵头…）" of a measure in the body, with the text before it. */
export function trailingAssignment(text: string): { text: string; assignment: Assignment; at: number } | null {
  // One level of brackets inside: （各市（州）卫生健康委负责）.
  const m = /[（(]((?:[^（）()]|[（(][^（）()]*[）)])*?(?:牵头|负责|配合)(?:[^（）()]|[（(][^（）()]*[）)])*)[）)]\s*$/.exec(text);
  if (!m) return null;
  const assignment = readAssignment(m[1] ?? '');
  return assignment ? { text: text.slice(0, m.index).trimEnd(), assignment, at: m.index } : null;
}
