// What the round page hands every row: stable callbacks, so that typing in one row
// re-renders that row alone.
import type { OnSaved } from './useAnswerSaver';

export interface RowHandlers {
  onSelect: (elementId: string, checked: boolean) => void;
  onSaved: OnSaved;
  onAssign: (elementId: string, departmentId: number | null) => void;
  onEvidence: (elementId: string) => void;
  onFlag: (elementId: string) => void;
}

export interface DepartmentOption {
  value: string;
  label: string;
}
