import { useCallback, useRef, useState } from 'react';
import { CSV_UPLOAD_MAX_BYTES, type CsvAnalysis, type CsvColumnName, type CsvMapping, type Job } from '@shared/contract';
import { useClient } from '../../../../app/client-context';
import { BackroomError } from '../../../../lib/api';
import { chunkText, exactMapping, readHeaderRow } from './csv-text';

export type ImportStep = 'file' | 'map' | 'check' | 'import';

export interface CsvImportState {
  step: ImportStep;
  fileName: string | null;
  /** While the file goes up: characters sent of all of them. */
  upload: { sent: number; total: number } | null;
  uploadId: string | null;
  /** The file's column names, as the mapping table lists them. */
  headers: string[];
  /** The mapping as the user has it; the dry run is asked for exactly this. */
  mapping: CsvMapping;
  /** The dry run for `mapping`; null while asked, or when it was refused. */
  analysis: CsvAnalysis | null;
  analyzing: boolean;
  /** Why the last upload, dry run or start was refused. */
  error: unknown;
  /** The first row's cells, when the main process could not use them: offered for mapping by hand. */
  manualHeaders: string[] | null;
  applying: boolean;
  job: Job | null;
}

const START: CsvImportState = {
  step: 'file',
  fileName: null,
  upload: null,
  uploadId: null,
  headers: [],
  mapping: {},
  analysis: null,
  analyzing: false,
  error: null,
  manualHeaders: null,
  applying: false,
  job: null,
};

const MAX_MB = Math.round(CSV_UPLOAD_MAX_BYTES / (1024 * 1024));

/**
 * An import, step by step: the file goes up in slices, the main process
 * suggests a mapping and dry-runs it (again at each change of mapping), then
 * applies it as a job. Whatever the user chose stays when a step is refused.
 */
export function useCsvImport() {
  const client = useClient();
  const [state, setState] = useState<CsvImportState>(START);
  // Answers for an earlier file, or an earlier mapping, are dropped.
  const fileTicket = useRef(0);
  const analysisTicket = useRef(0);
  const patch = useCallback((changes: Partial<CsvImportState>) => setState((now) => ({ ...now, ...changes })), []);

  const analyze = useCallback(
    async (uploadId: string, mapping: CsvMapping | undefined, file: number): Promise<CsvAnalysis | null> => {
      const ticket = ++analysisTicket.current;
      try {
        const result = await client.call('catalog.csv.analyze', { uploadId, ...(mapping ? { mapping } : {}) });
        return file === fileTicket.current && ticket === analysisTicket.current ? result : null;
      } catch (error) {
        if (file === fileTicket.current && ticket === analysisTicket.current) throw error;
        return null;
      }
    },
    [client],
  );

  const chooseFile = useCallback(
    async (file: File) => {
      const ticket = ++fileTicket.current;
      const current = () => ticket === fileTicket.current;
      setState({ ...START, fileName: file.name });
      if (file.size > CSV_UPLOAD_MAX_BYTES) {
        patch({ error: new Error(`The file is larger than ${MAX_MB} MB`) });
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        if (current()) patch({ error: new Error('The file could not be read; is it still there?') });
        return;
      }
      const chunks = chunkText(text);
      let uploadId: string | undefined;
      let sent = 0;
      try {
        patch({ upload: { sent: 0, total: text.length } });
        for (const [index, chunk] of chunks.entries()) {
          const answer = await client.call('catalog.csv.upload', { uploadId, chunk, last: index === chunks.length - 1 });
          if (!current()) return;
          uploadId = answer.uploadId;
          sent += chunk.length;
          patch({ upload: { sent, total: text.length } });
        }
        patch({ upload: null, uploadId: uploadId ?? null, analyzing: true });
        const analysis = await analyze(uploadId!, undefined, ticket);
        if (!analysis || !current()) return;
        const headers = analysis.headers.filter((header) => header.trim() !== '');
        patch({ step: 'map', analyzing: false, analysis, headers, mapping: analysis.mapping });
      } catch (error) {
        if (!current()) return;
        // A header row the main process could not use may still be mapped by hand.
        const byHand = uploadId !== undefined && error instanceof BackroomError && error.code === 'VALIDATION' && 'file' in error.fields;
        const headers = byHand ? readHeaderRow(text).filter((header) => header !== '') : [];
        patch({ upload: null, analyzing: false, error, uploadId: uploadId ?? null, manualHeaders: headers.length > 0 ? headers : null });
      }
    },
    [client, analyze, patch],
  );

  const remap = useCallback(
    (mapping: CsvMapping, headers?: string[]) => {
      const uploadId = state.uploadId;
      if (!uploadId) return;
      const file = fileTicket.current;
      setState((now) => ({ ...now, ...(headers ? { headers, step: 'map' as const, manualHeaders: null } : {}), mapping, analysis: null, analyzing: true, error: null }));
      analyze(uploadId, mapping, file).then(
        (analysis) => {
          if (analysis) setState((now) => ({ ...now, analysis, analyzing: false }));
        },
        (error: unknown) => setState((now) => ({ ...now, analyzing: false, error })),
      );
    },
    [analyze, state.uploadId],
  );

  /** After a refused header row: map the first row's cells by hand. */
  const mapByHand = useCallback(() => {
    if (state.manualHeaders) remap(exactMapping(state.manualHeaders), state.manualHeaders);
  }, [remap, state.manualHeaders]);

  const setColumn = useCallback((header: string, column: CsvColumnName | null) => remap({ ...state.mapping, [header]: column }), [remap, state.mapping]);

  const goTo = useCallback((step: 'file' | 'map' | 'check') => setState((now) => ({ ...now, step })), []);

  const apply = useCallback(async () => {
    const { uploadId, mapping } = state;
    if (!uploadId) return;
    const file = fileTicket.current;
    patch({ applying: true, error: null });
    try {
      const { job } = await client.call('catalog.csv.apply', { uploadId, mapping });
      if (file === fileTicket.current) patch({ applying: false, job, step: 'import' });
    } catch (error) {
      if (file === fileTicket.current) patch({ applying: false, error });
    }
  }, [client, state, patch]);

  const startOver = useCallback(() => {
    fileTicket.current += 1;
    setState(START);
  }, []);

  return { state, chooseFile, mapByHand, setColumn, goTo, apply, startOver };
}
