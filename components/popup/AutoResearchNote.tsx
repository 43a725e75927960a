import { useEffect, useState } from 'react';
import type { AutoResearchStatus } from '@/lib/background/auto-research';
import type { TabState } from '@/lib/messaging';
import { call } from '@/lib/rpc';
import { t } from '../i18n';

/**
 * One line in the Research card about automatic mode (#11; lib/background/auto-research.ts):
 * queued, waiting for the 10 s spacing, reading, read at 14:02, paused by the hourly cap until
 * when, or why it did not finish. Nothing when automatic mode never touched this company.
 * Re-read on every pushed tab state: the background pushes one at each step of a read.
 */
function timeText(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** The 10 s spacing is about seconds, so its time shows them. */
function secondsText(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

export function autoResearchText(run: NonNullable<AutoResearchStatus['run']>): string {
  switch (run.status) {
    case 'queued':
      return t('autoResearch.queued');
    case 'waiting':
      return t('autoResearch.waiting', { time: secondsText(run.resumesAt) });
    case 'running':
      return t('autoResearch.running');
    case 'done':
      return t('autoResearch.done', { time: timeText(run.at) });
    case 'failed':
      return t('autoResearch.failed', { sentence: (run.sentence ?? '').replace(/[.\s]+$/, '') });
    case 'limited':
      return t('autoResearch.limited', { time: timeText(run.resumesAt) });
  }
}

export function AutoResearchNote({ state }: { state: TabState }) {
  const [status, setStatus] = useState<AutoResearchStatus | null>(null);
  useEffect(() => {
    let live = true;
    void call({ type: 'researchAutoStatus', tabId: state.tabId })
      .then((s) => live && setStatus(s))
      .catch(() => live && setStatus(null));
    return () => {
      live = false;
    };
  }, [state]);
  const run = status?.run;
  if (!run) return null;
  return (
    <p className={`small ${run.status === 'failed' ? 'warn' : 'muted'}`} data-testid="research-auto" data-status={run.status} role="status">
      {autoResearchText(run)}
    </p>
  );
}
