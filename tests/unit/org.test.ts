import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCatalogDatabase } from '../../electron/core/context';
import { assignElements, createRound, getRoundDetail } from '../../electron/core/inspection/rounds';
import { deleteDepartment, deletePerson, getOperator, getOrg, saveDepartment, savePerson, setOperator } from '../../electron/core/org/org';
import { resourcesDir, tempDir } from '../support/temp';

const open = () => openCatalogDatabase(path.join(tempDir(), 'z.sqlite'), resourcesDir, () => new Date('2020-10-08T00:00:00Z'));

describe('departments and people', () => {
  it('are added, renamed and deleted; a name is unique', async () => {
    const db = await open();
    const id = saveDepartment(db, { id: null, name: ' 医务科 ', category: '职能' });
    expect(() => saveDepartment(db, { id: null, name: '医务科', category: '' })).toThrow(/已有名为“医务科”的科室/);
    expect(() => saveDepartment(db, { id: null, name: '  ', category: '' })).toThrow(/请填写科室名称/);
    saveDepartment(db, { id, name: '医务部', category: '职能' });
    const person = savePerson(db, { id: null, name: '王芳', departmentId: id, title: '科长', phone: '13800000000' });
    expect(getOrg(db).people).toEqual([{ id: person, name: '王芳', departmentId: id, departmentName: '医务部', title: '科长', phone: '13800000000' }]);
    expect(() => savePerson(db, { id: null, name: '李强', departmentId: 999, title: '', phone: '' })).toThrow(/科室不存在/);
    deleteDepartment(db, id);
    expect(getOrg(db).people[0]?.departmentId).toBeNull();
    deletePerson(db, person);
    expect(() => deletePerson(db, person)).toThrow(/已不存在/);
    db.close();
  });

  it('deleting a department keeps the round and its items, unassigned', async () => {
    const db = await open();
    const id = saveDepartment(db, { id: null, name: '医保办', category: '职能' });
    const round = createRound(db, { campaignId: 'gx-2020-special', name: '自查', periodStart: null, periodEnd: null, dueOn: null }, '王芳', 'x');
    assignElements(db, round.id, ['cl2-i28'], id, null);
    deleteDepartment(db, id);
    expect(getRoundDetail(db, round.id).elements.find((e) => e.elementId === 'cl2-i28')?.departmentId).toBeNull();
    db.close();
  });

  it('remembers who is working, with a default', async () => {
    const db = await open();
    expect(getOperator(db)).toBe('本机用户');
    setOperator(db, ' 王芳 ');
    expect(getOperator(db)).toBe('王芳');
    expect(() => setOperator(db, '')).toThrow(/操作人/);
    db.close();
  });
});
