// Reading and writing campaign files: the only way JSON from outside becomes a campaign.
import { campaignFileSchema, type CampaignFile } from '../../../shared/campaign';
import { AppError, fromZodError } from '../../../shared/errors';

export const MAX_CAMPAIGN_FILE_BYTES = 20 * 1024 * 1024;

export function parseCampaignFile(text: string, fileName: string): CampaignFile {
  if (Buffer.byteLength(text, 'utf8') > MAX_CAMPAIGN_FILE_BYTES) {
    throw new AppError('tooLarge', `文件“${fileName}”超过 20 MB，不是专项行动文件`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('invalidJson', `文件“${fileName}”不是有效的 JSON：${(e as Error).message}`);
  }
  const result = campaignFileSchema.safeParse(json, { reportInput: true });
  if (!result.success) throw fromZodError(result.error, `专项行动文件“${fileName}”`);
  return result.data;
}

export function serializeCampaignFile(campaign: CampaignFile): string {
  return `${JSON.stringify(campaign, null, 2)}\n`;
}
