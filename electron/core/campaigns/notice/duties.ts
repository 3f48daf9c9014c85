// Reporting duties (报送要求): sentences that send something somewhere by a date —
// "6月15日前将工作领导小组和工作方案上报我委", "每月5日前向…报送…统计表（附2）",
// "11月30日前将…总结（盖章PDF版和电子版）报送我委".
import type { Duty } from '../../../../shared/campaign';
import type { ProposedDuty } from '../../../../shared/noticeProposal';
import { monthlyDay, readDateRange } from './dates';
import { slice, spanOf, trim, type Mapped } from './mapped';

const SEND = /(报送|上报|报至|报给|报我委|报省|提交|报告至|发送至)/;
const DUE = /(\d{1,2}月\d{1,2}日(?:前|之前|以前)|\d{1,2}月(?:底|末)(?:前|之前)?|每月\d{1,2}日(?:前|之前)?)/;

function formatsOf(s: string, sendsTable: boolean): Duty['formats'] {
  const out = new Set<Duty['formats'][number]>();
  if (/word|Word|WORD|\.docx|\bdoc\b/.test(s)) out.add('docx');
  if (/盖章\s*(?:的)?\s*PDF|PDF[^，。]{0,4}盖章|扫描件/i.test(s)) out.add('stampedPdf');
  else if (/PDF/i.test(s)) out.add('pdf');
  if (/电子版|电子文档|电子稿/.test(s)) out.add('electronic');
  if (/书面|纸质/.test(s)) out.add('paper');
  if (/Excel|xlsx|电子表格/i.test(s)) out.add('xlsx');
  if (sendsTable && out.size === 0) out.add('xlsx');
  return [...out];
}

function recipient(s: string): string | null {
  s = s.replace(/[（(][^）)]*[）)]/g, "");
  const toward = /向([^，。；、“”《》]{2,30}?)(?:报送|上报|报告|提交)/.exec(s);
  const after = /(?:报送|上报|报至|报给|提交)(?:至|给|到)?([^，。；“”《》（）]{2,40}?)(?:[，。；（(]|$)/.exec(s);
  const to = toward?.[1] ?? after?.[1] ?? null;
  return to && !/^(工作|情况|材料|的)/.test(to) ? to : null;
}

/** What is sent: a named form (“…统计表”), else the object of 将…报送. */
function what(s: string): string {
  const verb = SEND.exec(s);
  const named = /(?:报送|上报|提交)[“《]([^”》]+)[”》]/.exec(s);
  const before = verb ? s.slice(0, verb.index) : s;
  const object = before.includes('将') ? before.slice(before.lastIndexOf('将') + 1) : null;
  const raw = (named?.[1] ?? object ?? s).replace(/[（(][^）)]*[）)]/g, '').replace(/[“”《》]/g, '').replace(/[，,]$/, '');
  return `报送${raw.slice(0, 60)}`;
}

export interface DutyContext {
  year: number | null;
  /** 附N → the id of the table or checklist it names, to fill `sends`. */
  annexIds: Map<string, string>;
}

export function dutiesFrom(paragraphs: Mapped[], ctx: DutyContext): { duties: ProposedDuty[]; used: Mapped[] } {
  const duties: ProposedDuty[] = [];
  const used: Mapped[] = [];
  for (const p of paragraphs) {
    // Sentences, and clauses that start a second sending ("…，并于8月底前将…报至…").
    const cuts = [...p.text.matchAll(/[^。；]+[。；]?/g)].flatMap((m) => {
      const inner = [...m[0].matchAll(/[，,](?=并?(?:于|在)?(?:\d{1,2}月|每月\d))/g)].map((x) => m.index + x.index + 1);
      const bounds = [m.index, ...inner, m.index + m[0].length];
      return bounds.slice(1).map((end, i) => [bounds[i] ?? 0, end] as const);
    });
    for (const [from, to] of cuts) {
      const sentence = trim(slice(p, from, to));
      const s = sentence.text;
      if (!SEND.test(s)) continue;
      const previous = duties[duties.length - 1];
      const inherits = /按照上述要求|按上述要求|同时报送|一并报送/.test(s) && previous;
      if (!DUE.test(s) && !inherits) continue;
      const annexes = [...s.matchAll(/附(?:件|表)?\s*(\d+)(?:\s*[、，和及]\s*(\d+))?/g)].flatMap((m) => [m[1], m[2]]).filter((x): x is string => !!x);
      const sends = [...new Set(annexes.map((n) => ctx.annexIds.get(n)).filter((x): x is string => !!x))];
      const day = monthlyDay(s);
      const range = day ? null : readDateRange(s, ctx.year);
      const formats = formatsOf(s, !inherits && (sends.length > 0 || /统计表|量表|报表/.test(s)));
      duties.push({
        id: `d${duties.length + 1}`,
        title: what(s),
        due: inherits && !DUE.test(s) ? previous.due : (range?.end ?? null),
        recurrence: day ? { kind: 'monthly', day } : inherits && !DUE.test(s) ? previous.recurrence : null,
        formats: formats.length || !inherits ? formats : previous.formats,
        to: recipient(s),
        original: s.replace(/[。；]$/, ''),
        sends,
        span: spanOf(sentence),
        flags: range?.correction ? [{ code: 'impossibleDate', message: range.correction, span: spanOf(sentence) }] : [],
      });
      used.push(sentence);
    }
  }
  return { duties, used };
}
