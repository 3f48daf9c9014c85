import { createContext, useContext } from 'react';
import type { ItemRef } from './edit';
import type { FlagEntry } from './flags';
import type { Review } from './useReview';

export interface ReviewContextValue {
  review: Review;
  flags: FlagEntry[];
  /** Opens the split dialog for an item. */
  askSplit: (ref: ItemRef) => void;
}

export const ReviewContext = createContext<ReviewContextValue | null>(null);

export function useReviewContext(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error('useReviewContext outside the review screen');
  return value;
}
