// A far-away row's right-hand column as plain text: department and evidence count.
import type { RoundElementView } from '../../../shared/inspection';
import type { DepartmentOption } from './rowTypes';

export function LightSide({ element: e, departments }: { element: RoundElementView; departments: DepartmentOption[] }) {
  const department = departments.find((d) => d.value === String(e.departmentId));
  return (
    <div className="zc-light-side">
      <span>{department?.label ?? '未分配科室'}</span>
      <span data-testid={`evidence-${e.elementId}`} data-count={e.evidenceCount}>
        佐证{e.evidenceCount > 0 ? ` ${e.evidenceCount}` : ''}
      </span>
      {e.problemLinked && <span className="zc-light-flag">已登记问题</span>}
    </div>
  );
}
