import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dutyAddressee, placeOf } from '../../shared/addressee';
import { campaignFileSchema } from '../../shared/campaign';

const builtin = (id: string) =>
  campaignFileSchema.parse(JSON.parse(fs.readFileSync(path.join('resources/campaigns', `${id}.json`), 'utf8')));

describe('the addressee of a duty', () => {
  it('finds the place an issuer names', () => {
    expect(placeOf('四川省卫生健康委员会')).toBe('四川省');
    expect(placeOf('广西壮族自治区医疗保障局')).toBe('广西壮族自治区');
    expect(placeOf('重庆市开州区卫生健康委员会')).toBe('重庆市开州区');
    expect(placeOf('陕西省卫生健康委办公室')).toBe('陕西省');
  });

  it('resolves every built-in duty against its notice', () => {
    const named = (id: string) => builtin(id).duties.map((d) => dutyAddressee(builtin(id), d));
    const sc = named('sc-2020-96');
    expect(sc.map((a) => a?.name)).toEqual(['四川省卫生健康委员会', '专项整治办公室', '四川省卫生健康委员会']);
    expect(sc[0]?.original).toBe('我委');
    const gx = named('gx-2020-special');
    expect(gx[0]).toMatchObject({ name: '广西壮族自治区卫生健康委医政医管处', email: 'wstyzc@126.com', note: null });
    expect(gx[1]).toMatchObject({ name: '广西壮族自治区医保局', note: '由广西壮族自治区医保局抄报广西壮族自治区卫生健康委' });
    const sn = named('sn-2020-36');
    expect(sn[0]).toBeNull();
    expect(sn.slice(1).map((a) => a?.name)).toEqual(['陕西省卫生健康委', '陕西省卫生健康委', '陕西省卫生健康委']);
  });

  it('keeps words it cannot resolve as they are', () => {
    const file = { issuers: ['某某协会'] };
    expect(dutyAddressee(file, { to: '省卫生健康委' })?.name).toBe('省卫生健康委');
    expect(dutyAddressee(file, { to: '我委' })?.name).toBe('某某协会');
    expect(dutyAddressee(file, { to: '  ' })).toBeNull();
  });
});
