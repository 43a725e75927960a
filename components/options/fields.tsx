import { createContext, useContext, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { PackError } from '@/lib/profiles/schema';
import { t } from '../i18n';
import { IndustryPicker } from './IndustryPicker';
import { addTerms, splitTerms, startsCommaName } from './terms';

/** The draft's validation errors, looked up by path ("icps[0].criteria.employees.min"). */
export const ErrorsContext = createContext<PackError[]>([]);

/** A DOM id for the input that edits `path` (the error summary focuses it). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, '_')}`;
}

export function useErrors(path: string, prefix = false): PackError[] {
  const errors = useContext(ErrorsContext);
  return errors.filter((e) => e.path === path || (prefix && e.path.startsWith(`${path}[`)));
}

/** Every error whose path is exactly `path` (or an item of it, with `prefix`). */
export function FieldError({ path, prefix = false }: { path: string; prefix?: boolean }) {
  const errors = useErrors(path, prefix);
  if (errors.length === 0) return null;
  return (
    <>
      {errors.map((e, i) => (
        <p key={i} className="field-error" data-testid="field-error" role="alert" data-path={e.path}>
          {e.message}
        </p>
      ))}
    </>
  );
}

export function TextField(props: {
  label: string;
  path: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  placeholder?: string;
  testId?: string;
  list?: string;
  hint?: string;
}) {
  const id = fieldId(props.path);
  const invalid = useErrors(props.path).length > 0;
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': invalid || undefined,
    'data-testid': props.testId,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" list={props.list} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      <FieldError path={props.path} />
    </div>
  );
}

/** A number input; empty gives `null` (or NaN when `required`, which validation reports). */
export function NumberField(props: {
  label: string;
  path: string;
  value: number | null;
  onChange: (v: number | null) => void;
  required?: boolean;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
}) {
  const id = fieldId(props.path);
  const invalid = useErrors(props.path).length > 0;
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (props.value === null || Number.isNaN(props.value) ? '' : String(props.value));
  return (
    <div className="field field-number">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={shown}
        min={props.min}
        max={props.max}
        step={props.step ?? 'any'}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          const raw = e.target.value;
          setText(raw);
          if (raw.trim() === '') props.onChange(props.required ? Number.NaN : null);
          else props.onChange(Number(raw));
        }}
        onBlur={() => setText(null)}
      />
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      <FieldError path={props.path} />
    </div>
  );
}

export function Checkbox(props: { label: ReactNode; checked: boolean; onChange: (v: boolean) => void; id?: string }) {
  return (
    <label className="check">
      <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} /> {props.label}
    </label>
  );
}

/** A group of checkboxes for picking several values of a fixed list. */
export function CheckboxGroup<T extends string>(props: {
  legend: string;
  path: string;
  options: readonly T[];
  value: readonly T[];
  onChange: (v: T[]) => void;
  labelOf?: (v: T) => string;
}) {
  return (
    <fieldset className="group" id={fieldId(props.path)}>
      <legend>{props.legend}</legend>
      <div className="checks">
        {props.options.map((o) => (
          <Checkbox
            key={o}
            label={props.labelOf ? props.labelOf(o) : o}
            checked={props.value.includes(o)}
            onChange={(on) => props.onChange(on ? props.options.filter((x) => x === o || props.value.includes(x)) : props.value.filter((x) => x !== o))}
          />
        ))}
      </div>
      <FieldError path={props.path} prefix />
    </fieldset>
  );
}

/** Terms as removable chips; Enter or comma adds what was typed, Backspace on empty removes the last. */
export function ChipsField(props: {
  label: string;
  path: string;
  value: string[];
  onChange: (v: string[]) => void;
  suggestions?: string;
  placeholder?: string;
  hint?: string;
}) {
  // Industries are picked from LinkedIn's list; the hook-free switch keeps every caller as it was.
  if (props.suggestions === 'industry-names') return <IndustryPicker {...props} />;
  return <PlainChipsField {...props} />;
}

function PlainChipsField(props: {
  label: string;
  path: string;
  value: string[];
  onChange: (v: string[]) => void;
  suggestions?: string;
  placeholder?: string;
  hint?: string;
}) {
  const id = fieldId(props.path);
  const [text, setText] = useState('');
  const add = () => {
    const next = addTerms(props.value, splitTerms(text));
    if (next.length !== props.value.length) props.onChange(next);
    setText('');
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // A comma adds the term, unless it may be inside a taxonomy name ("Technology, Information and Internet").
    if (e.key === 'Enter' || (e.key === ',' && !startsCommaName(text))) {
      e.preventDefault();
      add();
    } else if (e.key === 'Backspace' && text === '' && props.value.length) {
      props.onChange(props.value.slice(0, -1));
    }
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <div className="chips">
        {props.value.map((v, i) => (
          <span className="chip" key={`${v}-${i}`}>
            {v}
            <button type="button" className="chip-x" aria-label={t('fields.removeChip', { value: v, field: props.label })} onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          type="text"
          value={text}
          list={props.suggestions}
          placeholder={props.placeholder ?? t('fields.typeAndEnter')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKey}
          onBlur={add}
        />
      </div>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      <FieldError path={props.path} prefix />
    </div>
  );
}

/** A list of free-text lines (pain points, goals, use cases). */
export function ListField(props: { label: string; path: string; value: string[]; onChange: (v: string[]) => void; addLabel?: string }) {
  const base = useId();
  return (
    <fieldset className="group list-field" id={fieldId(props.path)}>
      <legend>{props.label}</legend>
      {props.value.length === 0 ? <p className="muted small">{t('fields.none')}</p> : null}
      {props.value.map((v, i) => {
        const path = `${props.path}[${i}]`;
        return (
          <div className="list-row" key={i}>
            <label className="sr-only" htmlFor={fieldId(path)}>
              {t('fields.itemLabel', { field: props.label, number: i + 1 })}
            </label>
            <input
              id={fieldId(path)}
              type="text"
              value={v}
              aria-describedby={`${base}-${i}`}
              onChange={(e) => props.onChange(props.value.map((x, j) => (j === i ? e.target.value : x)))}
            />
            <button type="button" aria-label={t('fields.removeItem', { field: props.label, number: i + 1 })} onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}>
              {t('fields.remove')}
            </button>
            <div id={`${base}-${i}`}>
              <FieldError path={path} />
            </div>
          </div>
        );
      })}
      <button type="button" onClick={() => props.onChange([...props.value, ''])}>
        {props.addLabel ?? t('fields.add')}
      </button>
      <FieldError path={props.path} />
    </fieldset>
  );
}

export { download } from '../download';

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
