// The table as the notice lays it out: sections, 序号, 检查要点 (merged as the
// notice merges it), 单位 and the figure columns, with failed checks beside each row;
// a computed figure opens the records behind it.
import { Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { StatsTableView } from '../../../shared/stats';
import { FigureCell } from './FigureCell';
import { RecordsDrawer, type FigureRef } from './RecordsDrawer';

export function StatsGrid({ view: v, onSaved }: { view: StatsTableView; onSaved: (v: StatsTableView) => void }) {
  const { layout } = v;
  const withSublabel = layout.sublabels && v.sections.some((s) => s.rows.some((r) => r.sublabel !== null));
  const [figure, setFigure] = useState<FigureRef | null>(null);
  const width = (layout.numbered ? 1 : 0) + (withSublabel ? 2 : 1) + (layout.unitColumn ? 1 : 0) + v.columns.length + 1;
  return (
    <div className="zc-annex" data-testid="stats-grid">
      {v.annex && <div className="zc-annex-label">{v.annex}</div>}
      <div className="zc-annex-title">{v.title}</div>
      <div className="zc-annex-fields">
        {v.headerFields.map((f) => (
          <span key={f.label} className="zc-annex-field">
            {/* Some notices print a blank before the value without a label. */}
            {f.label ? `${f.label}：` : ''}
            {f.value || <Text span c="dimmed" size="sm">（未填，见“设置”）</Text>}
          </span>
        ))}
        <span className="zc-annex-field">统计期：{v.period.label}</span>
      </div>
      <div className="zc-annex-scroll">
        <table className="zc-stat">
          <thead>
            <tr>
              {layout.numbered && <th className="zc-no">序号</th>}
              <th colSpan={withSublabel ? 2 : 1}>{layout.headings.label ?? layout.headings.section}</th>
              {layout.unitColumn && <th className="zc-unit">单位</th>}
              {v.columns.map((c) => (
                <th key={c.id} className="zc-value">
                  {c.id === '' ? layout.headings.value : c.label}
                </th>
              ))}
              <th className="zc-check">核对</th>
            </tr>
          </thead>
          <tbody>
            {v.sections.map((s) => (
              <Fragment key={s.id}>
                {s.title && (
                  <tr className="zc-stat-section">
                    <td colSpan={width}>{s.title}</td>
                  </tr>
                )}
                {s.rows.map((r) => {
                  const issues = r.cells.flatMap((c) => c.issues);
                  return (
                    <tr key={r.id} data-testid="stats-row" data-row-id={r.id} data-failed={issues.length > 0 || undefined}>
                      {layout.numbered && <td className="zc-no">{r.no}</td>}
                      {r.labelSpan > 0 && (
                        <td rowSpan={r.labelSpan} colSpan={withSublabel && r.sublabel === null ? 2 : 1} className="zc-label">
                          {r.label}
                        </td>
                      )}
                      {withSublabel && r.sublabel !== null && <td className="zc-sublabel">{r.sublabel}</td>}
                      {layout.unitColumn && <td className="zc-unit">{r.unit ?? ''}</td>}
                      {r.cells.map((c) => (
                        <td key={c.columnId} className="zc-value zc-figure">
                          <FigureCell view={v} row={r} cell={c} onSaved={onSaved} onOpen={setFigure} />
                        </td>
                      ))}
                      <td className="zc-check" data-testid="stats-row-issues">
                        {issues.map((m, n) => (
                          <Text key={n} size="xs" c="red">
                            {m}
                          </Text>
                        ))}
                      </td>
                    </tr>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <RecordsDrawer view={v} figure={figure} onClose={() => setFigure(null)} />
      {v.note && (
        <Text size="sm" mt={6}>
          备注：{v.note}
        </Text>
      )}
    </div>
  );
}
