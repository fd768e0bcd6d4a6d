import { useCallback, useMemo, useState } from 'react';
import { changedKeys, problemsOf, sameForm, validateForm, type EditorForm, type FieldErrors } from '../../editor-form';

/** How a section reads its fields' messages and reports that a field was visited. */
export interface FieldFeedback {
  /** The message to show under `path` now (none until it was touched or a save was tried). */
  error(path: string): string | undefined;
  /** The first message at `path` or any of its items (chips, rows). */
  errorWithin(path: string): string | undefined;
  touch(path: string): void;
}

interface FormState {
  form: EditorForm;
  /** What was loaded or last saved: the form is dirty when it differs. */
  baseline: EditorForm;
  touched: ReadonlySet<string>;
  /** A save was tried: every message shows. */
  attempted: boolean;
  /** The main process's messages; each goes when its field changes. */
  server: FieldErrors;
}

const fresh = (form: EditorForm): FormState => ({ form, baseline: form, touched: new Set(), attempted: false, server: {} });

function without(errors: FieldErrors, keys: readonly string[]): FieldErrors {
  if (keys.length === 0) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([path]) => !keys.some((key) => path === key || path.startsWith(`${key}.`))));
}

function firstWithin(errors: FieldErrors, path: string): [string, string] | undefined {
  return Object.entries(errors).find(([key]) => key === path || key.startsWith(`${path}.`));
}

/** A path is shown once it, or a list or group it belongs to, was touched. */
function visited(touched: ReadonlySet<string>, path: string): boolean {
  const segments = path.split('.');
  return segments.some((_, index) => touched.has(segments.slice(0, index + 1).join('.')));
}

/** The editor's form: values, what changed since loading, and what the schema and the main process said. */
export function useProductForm(initial: () => EditorForm) {
  const [state, setState] = useState<FormState>(() => fresh(initial()));

  const change = useCallback((recipe: (form: EditorForm) => EditorForm) => {
    setState((current) => {
      const form = recipe(current.form);
      return { ...current, form, server: without(current.server, changedKeys(current.form, form)) };
    });
  }, []);

  const touch = useCallback((path: string) => {
    setState((current) => (current.touched.has(path) ? current : { ...current, touched: new Set(current.touched).add(path) }));
  }, []);

  /** Starts over from `form` (loaded, reloaded or discarded to). */
  const reset = useCallback((form: EditorForm) => setState(fresh(form)), []);

  const attempt = useCallback(() => setState((current) => ({ ...current, attempted: true })), []);

  const rejected = useCallback((server: FieldErrors) => setState((current) => ({ ...current, attempted: true, server })), []);

  /**
   * A save of `sent` succeeded and `saved` is what is stored now. What was typed
   * while the save ran is kept (and stays unsaved); otherwise the stored values
   * are shown, as the main process may have tidied them (trimmed, upper-cased).
   */
  const saved = useCallback((sent: EditorForm, saved: EditorForm) => {
    setState((current) => (current.form === sent ? fresh(saved) : { ...current, baseline: saved, server: {} }));
  }, []);

  const { form, baseline } = state;
  const issues = useMemo(() => validateForm(form), [form]);
  const dirty = useMemo(() => !sameForm(form, baseline), [form, baseline]);

  return { ...state, issues, dirty, change, touch, reset, attempt, rejected, saved };
}

export type ProductFormApi = ReturnType<typeof useProductForm>;

/**
 * Which message each field shows now. `known` are found outside the schema (a
 * SKU another product uses): shown at once, and they hold a save back too.
 */
export function useFieldFeedback(form: ProductFormApi, known: FieldErrors) {
  const { attempted, touched, server, issues, touch } = form;

  const feedback = useMemo<FieldFeedback>(() => {
    const shown = (path: string) => attempted || visited(touched, path);
    return {
      error: (path) => server[path] ?? known[path] ?? (shown(path) ? issues[path] : undefined),
      errorWithin: (path) => {
        const told = firstWithin(server, path) ?? firstWithin(known, path);
        if (told) return told[1];
        const fromSchema = firstWithin(issues, path);
        return fromSchema && shown(fromSchema[0]) ? fromSchema[1] : undefined;
      },
      touch,
    };
  }, [attempted, touched, server, known, issues, touch]);

  /** Every message, once a save was tried, for the summary. */
  const problems = useMemo(() => (attempted ? problemsOf({ ...issues, ...known, ...server }) : []), [attempted, issues, known, server]);

  /** Whether `next` (this form, or it with a change such as the status) may be sent. */
  const sendable = useCallback((next: EditorForm) => Object.keys(known).length === 0 && Object.keys(validateForm(next)).length === 0, [known]);

  return { feedback, problems, sendable };
}
