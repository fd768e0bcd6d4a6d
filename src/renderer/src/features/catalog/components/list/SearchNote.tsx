import Chip from '@mui/material/Chip';
import SearchIcon from '@mui/icons-material/Search';
import type { ChannelOutput } from '@shared/contract';

type SearchMode = ChannelOutput<'catalog.products.list'>['searchMode'];

/** How the main process answered a search, in words; null when there was no search. */
export function searchNoteText(search: string | undefined, mode: SearchMode): string | null {
  if (!search) return null;
  switch (mode) {
    case 'exact':
      return 'Exact SKU or slug match';
    case 'text':
      return 'Ranked by relevance';
    case 'prefix':
      return `Names starting with “${search}”`;
    case 'none':
      return null;
  }
}

export function SearchNote({ search, mode }: { search: string | undefined; mode: SearchMode }) {
  const text = searchNoteText(search, mode);
  return text ? <Chip size="small" variant="outlined" icon={<SearchIcon />} label={text} /> : null;
}
