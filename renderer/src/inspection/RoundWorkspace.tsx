// A round of self-inspection, ready to fill: header and actions, progress (folded), filters,
// the grouped rows, and the evidence drawer and dialogs they open.
import { useCallback, useMemo, useState } from 'react';
import type { OrgView } from '../../../shared/api';
import type { RoundDetail } from '../../../shared/inspection';
import { NoticeAlert, type Notice } from '../components/NoticeAlert';
import { ErrorAlert } from '../components/ErrorAlert';
import { BulkBar } from './BulkBar';
import { ClosedBanner } from './ClosedBanner';
import { EvidenceDrawer } from './EvidenceDrawer';
import { NO_FILTER, visibleIds, type Filters } from './filters';
import { FlagProblemModal } from './FlagProblemModal';
import { NotApplicableModal } from './NotApplicableModal';
import { byDepartment, groupsOf, progressOf } from './progress';
import { ProgressPanel } from './ProgressPanel';
import { RoundActions } from './RoundActions';
import { RoundGroups } from './RoundGroups';
import { RoundHeader } from './RoundHeader';
import { RoundToolbar } from './RoundToolbar';
import { createSaveRegistry, SaveRegistryContext } from './saveRegistry';
import { useBulkActions } from './useBulkActions';
import { useRoundState } from './useRoundState';
import { useSaveShortcuts } from './useSaveShortcuts';

/** Above this many rows only the first group starts open, and far-away rows are drawn as text. */
const OPEN_ALL_UP_TO = 300;

export function RoundWorkspace({ detail, org, operator }: { detail: RoundDetail; org: OrgView; operator: string }) {
  const s = useRoundState(detail, org, operator);
  const [registry] = useState(createSaveRegistry);
  const flushAll = useCallback(() => registry.flushAll(), [registry]);
  const bulk = useBulkActions(s, flushAll);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTER);
  const [visible, setVisible] = useState<ReadonlySet<string> | null>(null);
  const [naOpen, setNaOpen] = useState(false);
  const groups = useMemo(() => groupsOf(s.elements), [s.elements]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(detail.elements.length <= OPEN_ALL_UP_TO ? groups.map((g) => g.groupId) : groups.slice(0, 1).map((g) => g.groupId)),
  );
  const overall = useMemo(() => progressOf(s.elements), [s.elements]);
  const departments = useMemo(() => byDepartment(s.elements, s.departments), [s.elements, s.departments]);
  const questions = useMemo(() => new Map(s.elements.map((e) => [e.elementId, e.question])), [s.elements]);
  const readOnly = s.round.status === 'closed';

  const applyFilters = (f: Filters) => {
    setFilters(f);
    setVisible(visibleIds(s.elements, f));
  };
  const { refresh: reload } = s;
  const refresh = useCallback(async () => {
    registry.drafts.clear();
    await reload();
  }, [registry, reload]);
  const statusChanged = useCallback(async () => {
    setNotice(null);
    await refresh();
  }, [refresh]);

  const goToGroup = (groupId: string) => {
    setExpanded((prev) => new Set([...prev, groupId]));
    requestAnimationFrame(() => document.querySelector(`[data-testid="group-${CSS.escape(groupId)}"]`)?.scrollIntoView({ block: 'start' }));
  };

  const saveNote = useSaveShortcuts(registry);

  const evidenceElement = s.evidenceFor ? (s.elements.find((e) => e.elementId === s.evidenceFor) ?? null) : null;
  const flagElement = s.flagFor ? (s.elements.find((e) => e.elementId === s.flagFor) ?? null) : null;
  return (
    <SaveRegistryContext value={registry}>
      <div data-testid="round-page" data-status={s.round.status}>
        <RoundHeader
          round={s.round}
          actions={<RoundActions round={s.round} progress={overall} questions={questions} flushAll={flushAll} onNotice={setNotice} onImported={refresh} onStatusChanged={statusChanged} />}
        />
        {readOnly && <ClosedBanner events={s.events} />}
        {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
        {s.actionError && <ErrorAlert message={s.actionError} mb="sm" withCloseButton onClose={() => s.setActionError(null)} />}
        <ProgressPanel
          progress={overall}
          notApplicable={s.elements.filter((e) => !e.applicable).length}
          events={s.events}
          groups={groups}
          departments={departments}
          departmentFilter={filters.department}
          onDepartment={(department) => applyFilters({ ...filters, department })}
          onGroup={goToGroup}
        />
        <RoundToolbar
          filters={filters}
          departments={s.departments}
          onFilters={applyFilters}
          onExpandAll={(all) => setExpanded(new Set(all ? groups.map((g) => g.groupId) : []))}
          readOnly={readOnly}
          saveNote={saveNote}
        />
        {s.selected.size > 0 && !readOnly && (
          <BulkBar
            count={s.selected.size}
            departments={s.departments}
            onAssign={bulk.assignSelected}
            onNotApplicable={() => setNaOpen(true)}
            onApplicable={async () => void (await bulk.setApplicable(true, ''))}
            onClear={() => s.setSelected(new Set())}
          />
        )}
        <RoundGroups
          roundId={s.round.id}
          groups={groups}
          visible={visible}
          expanded={expanded}
          setExpanded={setExpanded}
          generation={s.generation}
          selected={s.selected}
          onSelectAll={bulk.selectAll}
          departments={s.departments}
          readOnly={readOnly}
          lazy={detail.elements.length > OPEN_ALL_UP_TO}
          handlers={s.handlers}
        />
      </div>
      <EvidenceDrawer
        roundId={s.round.id}
        element={evidenceElement}
        readOnly={readOnly}
        onClose={() => s.setEvidenceFor(null)}
        onCount={(id, evidenceCount) => s.patch([id], () => ({ evidenceCount }))}
      />
      {flagElement && (
        <FlagProblemModal roundId={s.round.id} element={flagElement} onClose={() => s.setFlagFor(null)} onFlagged={(id, problemId) => {
            s.patch([id], () => ({ problemLinked: true, problemId }));
            setNotice({ color: 'green', title: '已登记到问题台账', message: `第 ${flagElement.no} 项已登记为问题，可在该项点“已登记问题”打开，或到“问题台账”统一跟踪整改。` });
          }} />
      )}
      {naOpen && <NotApplicableModal count={s.selected.size} onClose={() => setNaOpen(false)} onConfirm={(reason) => bulk.setApplicable(false, reason)} />}
    </SaveRegistryContext>
  );
}
