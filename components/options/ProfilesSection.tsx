import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { ActivePack } from '@/lib/messaging';
import { parsePack, parsePackJson, type Icp, type Pack, type PackError, type Persona } from '@/lib/profiles/schema';
import type { Settings } from '@/lib/settings';
import { formatBytes, PACK_LIMITS } from '@/lib/profiles/limits';
import { call, send } from '@/lib/rpc';
import { ErrorsContext, FieldError, NumberField, TextField, download, errorText, fieldId } from './fields';
import { IcpEditor } from './IcpEditor';
import { newCriterion } from '@/lib/scoring/criteria';
import { PersonaEditor } from './PersonaEditor';
import { PublishBox } from './PublishBox';
import { errorSentence } from '@/lib/profiles/error-words';
import { t } from '../i18n';

type Selection = { kind: 'pack' } | { kind: 'icp'; index: number } | { kind: 'persona'; index: number };

function uniqueId(prefix: string, taken: string[]): string {
  for (let n = 1; ; n++) {
    const id = n === 1 ? prefix : `${prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

function newIcp(pack: Pack): Icp {
  return {
    id: uniqueId('new-icp', pack.icps.map((i) => i.id)),
    name: t('profiles.newIcp'),
    description: '',
    // Defaults are the criteria modules' own (lib/scoring/criteria), written once.
    criteria: { industries: newCriterion('industries'), employees: newCriterion('employees') },
    disqualifiers: [],
    painPoints: [],
    useCases: {},
    tiers: { A: 80, B: 60, C: 40 },
    talkingPoints: [],
  };
}

function newPersona(pack: Pack): Persona {
  return {
    id: uniqueId('new-persona', pack.personas.map((p) => p.id)),
    name: t('profiles.newPersona'),
    icpIds: [],
    match: { departments: [], seniorities: [], titleKeywords: [], excludeKeywords: [] },
    buyingRole: 'decision-maker',
    description: '',
    goals: [],
    painPoints: [],
    objections: [],
    channels: [],
    bestTime: '',
    communicationStyle: '',
    talkingPoints: [],
  };
}

/** An empty required number field is NaN in the draft; zod's "expected a number" reads oddly for it. */
function isEmptyNumber(pack: Pack, path: string): boolean {
  let cur: unknown = pack;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (cur === null || typeof cur !== 'object') return false;
    cur = (cur as Record<string, unknown>)[m[2] ?? m[1] ?? ''];
  }
  return typeof cur === 'number' && Number.isNaN(cur);
}

/** Which list item an error belongs to, so the list can flag it. */
function hasErrorsUnder(errors: PackError[], prefix: string): boolean {
  return errors.some((e) => e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`));
}

function focusPath(path: string) {
  // The closest field that exists: "icps[0].criteria.employees.min" → … → "icps[0]".
  let p = path;
  while (p) {
    const el = document.getElementById(fieldId(p));
    if (el) {
      el.scrollIntoView({ block: 'center' });
      (el.matches('input, select, textarea') ? el : el.querySelector<HTMLElement>('input, select, textarea, button') ?? el).focus();
      return;
    }
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
}

function selectionFor(path: string): Selection | null {
  const m = /^(icps|personas)\[(\d+)\]/.exec(path);
  if (!m) return { kind: 'pack' };
  return { kind: m[1] === 'icps' ? 'icp' : 'persona', index: Number(m[2]) };
}

export function ProfilesSection(props: { active: ActivePack; settings: Settings | null; onActive: (a: ActivePack) => void }) {
  const { active } = props;
  const [draft, setDraft] = useState<Pack>(() => structuredClone(active.pack));
  const [selection, setSelection] = useState<Selection>({ kind: 'icp', index: 0 });
  const [status, setStatus] = useState<{ kind: 'saved' | 'error' | 'info'; text: string } | null>(null);
  const [serverErrors, setServerErrors] = useState<PackError[]>([]);
  const [saving, setSaving] = useState(false);

  // A new active pack (import, reset, team update) replaces the draft.
  const activeKey = `${active.updatedAt}|${active.source}`;
  const lastKey = useRef(activeKey);
  useEffect(() => {
    if (lastKey.current === activeKey) return;
    lastKey.current = activeKey;
    setDraft(structuredClone(active.pack));
  }, [activeKey, active.pack]);

  const result = useMemo(() => parsePack(draft), [draft]);
  const errors = result.ok ? serverErrors : result.errors.map((e) => (isEmptyNumber(draft, e.path) ? { ...e, message: t('profiles.enterNumber') } : e));
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(active.pack), [draft, active.pack]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const edit = (fn: (d: Pack) => void) => {
    setStatus(null);
    setServerErrors([]);
    setDraft((prev) => {
      const next = structuredClone(prev);
      fn(next);
      return next;
    });
  };

  const save = async () => {
    if (!result.ok) return;
    setSaving(true);
    try {
      // "Published by" is this manager (set once in Team sync), never the previous version's publisher.
      const saved = await call({ type: 'savePack', pack: { ...result.pack, publishedBy: publisherName(props.settings) }, source: 'edited' });
      lastKey.current = `${saved.updatedAt}|${saved.source}`;
      setDraft(structuredClone(saved.pack));
      props.onActive(saved);
      setStatus({ kind: 'saved', text: t('profiles.saved') });
    } catch (err) {
      setServerErrors((err as { errors?: PackError[] }).errors ?? []);
      setStatus({ kind: 'error', text: t('profiles.notSaved', { error: errorText(err) }) });
    } finally {
      setSaving(false);
    }
  };

  const removeIcp = (index: number) => {
    const icp = draft.icps[index];
    if (!icp || !window.confirm(t('profiles.removeIcp', { name: icp.name }))) return;
    edit((d) => {
      d.icps.splice(index, 1);
      for (const p of d.personas) p.icpIds = p.icpIds.filter((r) => r !== icp.id);
    });
    setSelection(draft.icps.length > 1 ? { kind: 'icp', index: Math.max(0, index - 1) } : { kind: 'pack' });
  };
  const removePersona = (index: number) => {
    const p = draft.personas[index];
    if (!p || !window.confirm(t('profiles.removePersona', { name: p.name }))) return;
    edit((d) => void d.personas.splice(index, 1));
    setSelection(draft.personas.length > 1 ? { kind: 'persona', index: Math.max(0, index - 1) } : { kind: 'pack' });
  };

  const canPublish = props.settings?.sync.mode === 'server' && !!props.settings.sync.managerToken;

  return (
    <ErrorsContext.Provider value={errors}>
      <div className="profiles">
        <nav className="list-nav" aria-label={t('profiles.listNav')}>
          <button type="button" className="list-item" aria-current={selection.kind === 'pack' || undefined} onClick={() => setSelection({ kind: 'pack' })}>
            {t('profiles.packDetails')} {errors.some((e) => !/^(icps|personas)\[/.test(e.path)) ? <span className="dot" aria-label={t('profiles.hasErrors')} /> : null}
          </button>
          <ItemList
            title={t('profiles.icps')}
            kind="icp"
            items={draft.icps}
            testId="icp-item"
            addLabel={t('profiles.addIcp')}
            selection={selection}
            errors={errors}
            onSelect={(index) => setSelection({ kind: 'icp', index })}
            onAdd={() => {
              edit((d) => void d.icps.push(newIcp(d)));
              setSelection({ kind: 'icp', index: draft.icps.length });
            }}
          />
          <ItemList
            title={t('profiles.personas')}
            kind="persona"
            items={draft.personas}
            testId="persona-item"
            addLabel={t('profiles.addPersona')}
            selection={selection}
            errors={errors}
            onSelect={(index) => setSelection({ kind: 'persona', index })}
            onAdd={() => {
              edit((d) => void d.personas.push(newPersona(d)));
              setSelection({ kind: 'persona', index: draft.personas.length });
            }}
          />
        </nav>

        <div className="profiles-main">
          <div className="save-bar card">
            <div className="row">
              <div>
                <strong>{active.pack.name}</strong> <span className="muted">v{active.pack.version} · {packSourceWord(active.source)}</span>
                {dirty ? <span className="warn small">{t('profiles.unsaved')}</span> : null}
              </div>
              <div className="row">
                <button type="button" disabled={!dirty || saving} onClick={() => { setDraft(structuredClone(active.pack)); setStatus(null); setServerErrors([]); }}>
                  {t('profiles.discard')}
                </button>
                <button type="button" className="primary" data-testid="save-pack" disabled={!result.ok || saving || !dirty} onClick={save}>
                  {saving ? t('profiles.saving') : t('profiles.save')}
                </button>
              </div>
            </div>
            <p role="status" aria-live="polite" className={status?.kind === 'error' ? 'bad' : status?.kind === 'saved' ? 'good' : 'muted'} data-testid="save-status">
              {status?.text ?? ''}
            </p>
            {errors.length > 0 ? (
              <div className="errors" data-testid="pack-errors" role="region" aria-label={t('profiles.problemsRegion')}>
                <p className="bad">{t('profiles.problems', errors.length)}</p>
                <ul>
                  {errors.map((e, i) => (
                    <li key={i}>
                      <button
                        type="button"
                        className="link"
                        data-testid="pack-error-link"
                        data-path={e.path}
                        onClick={() => {
                          const s = selectionFor(e.path);
                          if (s) setSelection(s);
                          setTimeout(() => focusPath(e.path), 0);
                        }}
                      >
                        {errorSentence(draft, e)}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>

          {selection.kind === 'pack' || (selection.kind === 'icp' && !draft.icps[selection.index]) || (selection.kind === 'persona' && !draft.personas[selection.index]) ? (
            <PackDetails draft={draft} edit={edit} settings={props.settings} />
          ) : selection.kind === 'icp' ? (
            <IcpEditor key={`icp-${selection.index}`} pack={draft} index={selection.index} edit={edit} onRemove={() => removeIcp(selection.index)} />
          ) : (
            <PersonaEditor key={`persona-${selection.index}`} pack={draft} index={selection.index} edit={edit} onRemove={() => removePersona(selection.index)} />
          )}

          {canPublish ? <PublishBox draft={result.ok ? result.pack : null} dirty={dirty} active={active} settings={props.settings} onActive={props.onActive} /> : null}
          <ImportExport active={active} onActive={props.onActive} />
        </div>
      </div>
    </ErrorsContext.Provider>
  );
}

/** Where the active pack came from, in words ("starter", "team", …); a source this version does not know, as stored. */
function packSourceWord(source: string): string {
  if (source === 'starter') return t('packSource.starter');
  if (source === 'team') return t('packSource.team');
  if (source === 'edited') return t('packSource.edited');
  if (source === 'imported') return t('packSource.imported');
  return source;
}

/**
 * The name written as "published by" when this browser saves a pack. Without a name set, a plain
 * description of who it was — never an instruction, which the popup would show as a person's name.
 */
export const UNNAMED_PUBLISHER = 'an unnamed editor';
export function publisherName(settings: Settings | null): string {
  return settings?.managerName.trim() || UNNAMED_PUBLISHER;
}

function PackDetails({ draft, edit, settings }: { draft: Pack; edit: (fn: (d: Pack) => void) => void; settings: Settings | null }) {
  return (
    <section className="editor" aria-labelledby="pack-details-title">
      <h2 id="pack-details-title">{t('profiles.packDetails')}</h2>
      <FieldError path="" />
      <div className="grid2">
        <TextField label={t('profiles.packName')} path="name" value={draft.name} onChange={(v) => edit((d) => void (d.name = v))} />
        <TextField label={t('profiles.packId')} path="id" value={draft.id} onChange={(v) => edit((d) => void (d.id = v))} />
        <NumberField label={t('profiles.version')} path="version" required min={1} step={1} value={draft.version} onChange={(v) => edit((d) => void (d.version = v ?? Number.NaN))} hint={t('profiles.versionHint')} />
        <div className="field" id={fieldId('publishedBy')}>
          <span className="label">{t('profiles.publishedBy')}</span>
          <p data-testid="pack-published-by">
            {draft.publishedBy}
            {draft.publishedBy !== publisherName(settings) ? <span className="muted small">{t('profiles.onSave', { name: publisherName(settings) })}</span> : null}
          </p>
          <p className="hint">{settings?.managerName.trim() ? t('profiles.publishedByHint') : t('profiles.publishedByHintUnset')}</p>
          <FieldError path="publishedBy" />
        </div>
        <TextField label={t('profiles.publishedAt')} path="publishedAt" value={draft.publishedAt} onChange={(v) => edit((d) => void (d.publishedAt = v))} />
      </div>
      <TextField label={t('profiles.changeNotes')} path="changeNotes" multiline value={draft.changeNotes} onChange={(v) => edit((d) => void (d.changeNotes = v))} />
      <FieldError path="icps" />
      <FieldError path="personas" />
    </section>
  );
}

function ImportExport({ active, onActive }: { active: ActivePack; onActive: (a: ActivePack) => void }) {
  const [importErrors, setImportErrors] = useState<PackError[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setImportErrors(null);
    setMessage(null);
    if (!file) return;
    try {
      // Refused before the file is read: a pack over the size limit never reaches JSON.parse.
      if (file.size > PACK_LIMITS.maxBytes) {
        setImportErrors([{ path: '', message: t('profiles.tooLarge', { file: file.name, size: formatBytes(file.size), limit: formatBytes(PACK_LIMITS.maxBytes) }) }]);
        return;
      }
      const parsed = parsePackJson(await file.text());
      if (!parsed.ok) {
        setImportErrors(parsed.errors);
        return;
      }
      const saved = await call({ type: 'savePack', pack: parsed.pack, source: 'imported' });
      onActive(saved);
      setMessage(t('profiles.imported', { name: saved.pack.name, version: saved.pack.version, file: file.name }));
    } catch (err) {
      setImportErrors((err as { errors?: PackError[] }).errors ?? [{ path: '', message: errorText(err) }]);
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const reset = async () => {
    if (!window.confirm(t('profiles.confirmStarter'))) return;
    try {
      const fresh = await call({ type: 'resetPack' });
      onActive(fresh);
      setMessage(t('profiles.starterActive'));
      setImportErrors(null);
    } catch (err) {
      setMessage(t('profiles.notReset', { error: errorText(err) }));
    }
  };

  const resetLastGood = async () => {
    if (!window.confirm(t('profiles.confirmLastGood'))) return;
    try {
      const back = await call({ type: 'resetPack', to: 'last-good' });
      onActive(back);
      setMessage(t('profiles.activeAgain', { name: back.pack.name, version: back.pack.version }));
      setImportErrors(null);
    } catch (err) {
      setMessage(t('profiles.notReset', { error: errorText(err) }));
    }
  };

  return (
    <section className="card" aria-labelledby="io-title">
      <h2 id="io-title">{t('profiles.importExport')}</h2>
      <div className="row wrap">
        <button type="button" data-testid="export-pack" onClick={() => download(`leadfit-pack-${active.pack.id}-v${active.pack.version}.json`, JSON.stringify(active.pack, null, 2) + '\n', 'application/json')}>
          {t('profiles.export')}
        </button>
        <span className="inline-field">
          <label htmlFor="import-input">{t('profiles.import')}</label>
          <input id="import-input" ref={fileRef} type="file" accept="application/json,.json" data-testid="import-input" onChange={onFile} />
        </span>
        <button type="button" className="danger" data-testid="reset-pack" onClick={reset}>
          {t('profiles.resetStarter')}
        </button>
        <button type="button" data-testid="reset-last-good" onClick={resetLastGood}>
          {t('profiles.resetLastGood')}
        </button>
      </div>
      {message ? (
        <p role="status" className="good">
          {message}
        </p>
      ) : null}
      {importErrors ? (
        <div role="alert" className="errors" data-testid="import-errors">
          <p className="bad">{t('profiles.notImported')}</p>
          <ul>
            {importErrors.map((e, i) => (
              <li key={i}>{errorSentence(null, e)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** The ICPs or the personas in the side list: select one, see which have errors, add one. */
function ItemList(props: {
  title: string;
  kind: 'icp' | 'persona';
  items: { id: string; name: string }[];
  testId: string;
  addLabel: string;
  selection: Selection;
  errors: PackError[];
  onSelect: (index: number) => void;
  onAdd: () => void;
}) {
  const prefix = props.kind === 'icp' ? 'icps' : 'personas';
  return (
    <>
      <h3>{props.title}</h3>
      <ul>
        {props.items.map((item, i) => (
          <li key={i}>
            <button
              type="button"
              className="list-item"
              data-testid={props.testId}
              aria-current={(props.selection.kind === props.kind && 'index' in props.selection && props.selection.index === i) || undefined}
              onClick={() => props.onSelect(i)}
            >
              {item.name || item.id || t('profiles.noName')}
              {hasErrorsUnder(props.errors, `${prefix}[${i}]`) ? <span className="dot" aria-label={t('profiles.hasErrors')} /> : null}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={props.onAdd}>
        {props.addLabel}
      </button>
    </>
  );
}
