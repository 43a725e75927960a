import type { Outcome } from '@/lib/accounts/types';
import { t } from './i18n';

/** An outcome as a button or a label says it: "Qualified", "Not a fit", "Meeting booked". */
export function outcomeLabel(outcome: Outcome): string {
  return outcome === 'qualified' ? t('outcome.qualified') : outcome === 'not-a-fit' ? t('outcome.notAFit') : t('outcome.meetingBooked');
}

/** An outcome inside a sentence ("Marked 2 accounts not a fit"). */
export function outcomeWord(outcome: Outcome): string {
  return outcome === 'qualified' ? t('outcomeWord.qualified') : outcome === 'not-a-fit' ? t('outcomeWord.notAFit') : t('outcomeWord.meetingBooked');
}
