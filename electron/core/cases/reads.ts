// What other parts may read of cases/ (imports only db/ and shared/, so no cycle arises).
import { sql, type Sql } from '../db/sql';
import { departmentName } from '../org/reads';

/**
 * The campaign's clues as `c`, for a statistics query's FROM: joined through the link
 * table, so that each counts once however many campaigns it has.
 */
export function campaignCluesFrom(campaignId: string): Sql {
  return sql`clue c JOIN clue_campaign l ON l.clue_id = c.id AND l.campaign_id = ${campaignId}`;
}

/** The campaign's cases as `k`, for a statistics query's FROM (see campaignCluesFrom). */
export function campaignCasesFrom(campaignId: string): Sql {
  return sql`case_record k JOIN case_campaign l ON l.case_id = k.id AND l.campaign_id = ${campaignId}`;
}

/** "张三（医生，内科）、李四（护士）": the concerned persons of the clue or case whose id is `key`, in their order. */
export function concernedNames(kind: 'clue' | 'case', key: Sql): Sql {
  const owner = kind === 'clue' ? sql`clue_id` : sql`case_id`;
  return sql`(SELECT group_concat(cp.name || '（' || cp.role || COALESCE('，' || ${departmentName(sql`cp.department_id`)}, '') || '）', '、')
           FROM (SELECT * FROM concerned_person WHERE ${owner} = ${key} ORDER BY sort) cp)`;
}
