// The channels of the 报送台账 and the calendar: every occurrence of every duty,
// recording what was sent (exports Zicha wrote, scanned copies), reopening with a
// reason, the calendar of everything dated, its .ics export, what is due soon, and
// the period each evidence file covers (kept apart from the day it was added).
import { z } from 'zod';
import {
  SUBMISSION_VIAS, type CalendarEntry, type DutyCount, type DutyDetail, type DutyOccurrence, type ExportView,
} from '../duties';
import { MAX_COVERS_CHARS } from '../evidencePeriod';
import { isoDate, noInput, returns, rowId, shortText } from './common';

const campaign = z.string().trim().min(1, '请指定专项行动').max(200, '过长');
const occurrenceRef = z.strictObject({ campaignId: campaign, dutyId: z.string().min(1).max(64), due: isoDate });

export const dutiesChannels = {
  'duties.list': { input: z.strictObject({ campaign: campaign.optional() }), output: returns<DutyOccurrence[]>() },
  'duties.get': { input: occurrenceRef, output: returns<DutyDetail>() },
  /** Per campaign: occurrences sent, overdue and the next open one (工作台, 专项行动). */
  'duties.counts': { input: noInput, output: returns<DutyCount[]>() },
  /** The files Zicha exported (newest first), to choose what was sent. */
  'duties.exports': { input: z.strictObject({ campaign: campaign.optional() }), output: returns<ExportView[]>() },
  /**
   * Records a submission with the chosen exports and, with `scans`, files picked in
   * a file dialog (scanned copies); null when the dialog was cancelled and nothing else was chosen.
   */
  'duties.record': {
    input: occurrenceRef.extend({
      submittedOn: isoDate,
      via: z.enum(SUBMISSION_VIAS),
      note: shortText(500),
      exportIds: z.array(rowId).max(50),
      scans: z.boolean(),
    }),
    output: returns<DutyOccurrence | null>(),
  },
  'duties.reopen': {
    input: occurrenceRef.extend({ reason: z.string().trim().min(1, '请填写退回原因').max(500, '不能超过 500 个字') }),
    output: returns<DutyOccurrence>(),
  },
  'duties.calendar': { input: noInput, output: returns<CalendarEntry[]>() },
  /** What falls due within 10 days and is not done (listed at start-up). */
  'duties.dueSoon': { input: noInput, output: returns<CalendarEntry[]>() },
  /** Asks where to save, then writes the calendar as .ics; null when cancelled. */
  'duties.exportIcs': { input: noInput, output: returns<{ path: string; events: number } | null>() },
  /** The period each listed evidence file covers (self-inspection items or problems). */
  'duties.evidencePeriods': {
    input: z.strictObject({ scope: z.enum(['round', 'problem']), ids: z.array(rowId).max(10_000) }),
    output: returns<Record<number, string>>(),
  },
  'duties.setEvidencePeriod': {
    input: z.strictObject({ scope: z.enum(['round', 'problem']), id: rowId, covers: z.string().max(MAX_COVERS_CHARS, `不能超过 ${MAX_COVERS_CHARS} 个字`) }),
    output: returns<{ id: number; covers: string }>(),
  },
} as const;
