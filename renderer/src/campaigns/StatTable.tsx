import { Text } from '@mantine/core';
import { Fragment } from 'react';
import type { StatisticsTable } from '../../../shared/campaign';
import { headerFieldParts, layoutRows } from '../../../shared/statLayout';

export function StatTable({ table: t, focus }: { table: StatisticsTable; focus: string | null }) {
  const withSublabel = t.sections.some((s) => s.rows.some((r) => r.sublabel !== null));
  const columns = t.columns.length > 0 ? t.columns : [{ id: 'value', label: '数量' }];
  const width = 3 + (withSublabel ? 1 : 0) + columns.length;
  return (
    <div className="zc-annex" data-testid={`stat-table-${t.id}`}>
      {t.annex && <div className="zc-annex-label">{t.annex}</div>}
      <div className="zc-annex-title">{t.title}</div>
      {t.headerFields.length > 0 && (
        <div className="zc-annex-fields" data-testid="stat-header-fields">
          {t.headerFields.map((f) => (
            <span key={f} className="zc-annex-field">
              {headerFieldParts(f).map((p, i) => (p.blank ? <span key={i} className="zc-blank" /> : <Fragment key={i}>{p.text}</Fragment>))}
            </span>
          ))}
        </div>
      )}
      <div className="zc-annex-scroll">
        <table className="zc-stat">
          <thead>
            <tr>
              <th className="zc-no">序号</th>
              <th colSpan={withSublabel ? 2 : 1}>检查要点/项目</th>
              <th className="zc-unit">单位</th>
              {columns.map((c) => (
                <th key={c.id} className="zc-value">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.sections.map((s) => (
              <Fragment key={s.id}>
                {s.title && (
                  <tr className="zc-stat-section">
                    <td colSpan={width}>{s.title}</td>
                  </tr>
                )}
                {layoutRows(s.rows).map(({ row: r, labelSpan }) => (
                  <tr
                    key={r.id}
                    data-testid="stat-row"
                    data-element-id={r.id}
                    data-focused={focus === r.id || undefined}
                    className="zc-element-row"
                  >
                    <td className="zc-no">{r.no}</td>
                    {labelSpan > 0 && (
                      <td
                        rowSpan={labelSpan}
                        colSpan={withSublabel && r.sublabel === null ? 2 : 1}
                        className={r.parent ? 'zc-label zc-child' : 'zc-label'}
                      >
                        {r.label}
                      </td>
                    )}
                    {withSublabel && r.sublabel !== null && <td className="zc-sublabel">{r.sublabel}</td>}
                    <td className="zc-unit">{r.unit ?? ''}</td>
                    {columns.map((c) => (
                      <td key={c.id} className="zc-value" />
                    ))}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {t.note && (
        <Text size="sm" mt={6} data-testid="stat-note">
          备注：{t.note}
        </Text>
      )}
    </div>
  );
}
