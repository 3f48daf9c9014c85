import type { Harness } from './harness';

/**
 * Pastes a notice through 专项行动 → 新建 and waits for its review (`review`, or
 * `feedback-review` for a feedback report). Through the list, so that a review left
 * open is closed first.
 */
export async function pasteNotice(h: Harness, text: string, review: 'review' | 'feedback-review' = 'review'): Promise<void> {
  await h.open('/campaigns');
  await h.page.getByTestId('new-campaign').click();
  await h.page.getByTestId('notice-text').fill(text);
  await h.page.getByTestId('notice-parse').click();
  await h.page.getByTestId(review).waitFor();
}
