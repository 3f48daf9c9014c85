// Who a duty is sent to (主送机关), in words the hospital can put on a letter. Notices
// name the addressee from the issuer's side: "我委" is the issuing commission itself,
// "省卫生健康委" and "自治区卫生健康委医政医管处邮箱（…）" leave out the province the
// issuer already named. This resolves those against the campaign's own issuers, so the
// duty list, the 报送台账 and the cover letter all say the same thing.
import type { CampaignFile, Duty } from './campaign';

export interface Addressee {
  /** The body to address, e.g. "四川省卫生健康委员会", "陕西省卫生健康委". */
  name: string;
  /** An e-mail address the notice gives for sending, if any. */
  email: string | null;
  /** What the notice adds in brackets, e.g. "由自治区医保局抄报自治区卫生健康委". */
  note: string | null;
  /** The duty's own words. */
  original: string;
}

// The issuer speaking of itself: 我委 / 本委 (a commission), 我局, 我厅, 我办, 我中心.
const SELF = /^(?:我|本)(委|局|厅|办|中心)$/;
const SELF_BODY: Record<string, RegExp> = {
  委: /(委员会|委)(办公室)?$/,
  局: /局$/,
  厅: /厅$/,
  办: /(办公室|办)$/,
  中心: /中心$/,
};
// A place prefix: "四川省", "广西壮族自治区", "重庆市开州区".
const PLACE = /^[\u4e00-\u9fa5]{2,12}?(?:自治区|特别行政区|省|市)(?:[\u4e00-\u9fa5]{1,6}?(?:自治州|地区|盟|市))?(?:[\u4e00-\u9fa5]{1,6}?(?:区|县|旗))?/;
// A level word opening a body's name, at the start or after 由/报/向/至: "省卫生健康委".
const LEVEL_OPENING = /(^|[由报向至])(自治区|省|市|区|县)(?=[\u4e00-\u9fa5])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** The place an issuer's name begins with ("四川省卫生健康委员会" → "四川省"), or "". */
export function placeOf(issuer: string): string {
  return PLACE.exec(issuer)?.[0] ?? '';
}

/** "省卫生健康委" with issuer "陕西省卫生健康委办公室" → "陕西省卫生健康委". */
function withPlaces(text: string, issuers: readonly string[]): string {
  return text.replace(LEVEL_OPENING, (whole, before: string, level: string) => {
    const place = issuers.map(placeOf).find((p) => p.length > level.length && p.endsWith(level));
    return place ? before + place : whole;
  });
}

/** Resolves a duty's addressee against its campaign; null where the notice names none. */
export function dutyAddressee(file: Pick<CampaignFile, 'issuers'>, duty: Pick<Duty, 'to'>): Addressee | null {
  const original = duty.to?.trim() ?? '';
  if (!original) return null;
  const email = original.match(EMAIL)?.[0] ?? null;
  // Bracketed additions hold an e-mail address or a note such as 由…抄报….
  const notes: string[] = [];
  const bare = original.replace(/[（(]([^）)]*)[）)]/g, (_, inner: string) => {
    const rest = inner.replace(EMAIL, '').trim();
    if (rest) notes.push(withPlaces(rest, file.issuers));
    return '';
  });
  let name = bare.replace(EMAIL, '').trim().replace(/邮箱$/, '');
  const self = SELF.exec(name);
  name = self ? (file.issuers.find((i) => SELF_BODY[self[1]!]!.test(i)) ?? file.issuers[0] ?? name) : withPlaces(name, file.issuers);
  return { name: name || original, email, note: notes.length > 0 ? notes.join('；') : null, original };
}
