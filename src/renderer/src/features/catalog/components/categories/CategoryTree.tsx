import { useEffect, useId, useMemo, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import type { Category } from '@shared/contract';
import { visibleIds, type CategoryNode } from '../../category-tree';

export interface CategoryTreeProps {
  tree: readonly CategoryNode[];
  selectedId: string | null;
  collapsed: ReadonlySet<string>;
  onSelect(id: string): void;
  onExpandedChange(id: string, expanded: boolean): void;
  /** Opens a row's action menu at `anchor`; omit for a read-only tree. */
  onOpenActions?(category: Category, anchor: HTMLElement): void;
  /** Alt+Arrow Up/Down on a row; omit for a read-only tree. */
  onReorder?(category: Category, direction: 'up' | 'down'): void;
  /** The id of a text that explains the keys. */
  describedBy?: string;
}

interface Located {
  node: CategoryNode;
  parentId: string | null;
}

function indexTree(tree: readonly CategoryNode[]): Map<string, Located> {
  const index = new Map<string, Located>();
  const walk = (nodes: readonly CategoryNode[], parentId: string | null): void => {
    for (const node of nodes) {
      index.set(node.category.id, { node, parentId });
      walk(node.children, node.category.id);
    }
  };
  walk(tree, null);
  return index;
}

function containsId(node: CategoryNode, id: string): boolean {
  return node.children.some((child) => child.category.id === id || containsId(child, id));
}

/**
 * The category tree as an ARIA tree: one row in the tab order (the selected one),
 * arrows to move, Right/Left to open and close, Home/End, type-ahead by first
 * letter; Shift+F10 or the context-menu key opens the row's actions. Focus and
 * selection move together.
 */
export function CategoryTree({ tree, selectedId, collapsed, onSelect, onExpandedChange, onOpenActions, onReorder, describedBy }: CategoryTreeProps) {
  const baseId = useId();
  const treeRef = useRef<HTMLUListElement>(null);
  const index = useMemo(() => indexTree(tree), [tree]);
  const visible = useMemo(() => visibleIds(tree, collapsed), [tree, collapsed]);
  const tabbableId = selectedId !== null && visible.includes(selectedId) ? selectedId : (visible[0] ?? null);

  // Whether the tree holds (or last held) the focus. A reload can take the focused row out of
  // the page (React moves a reordered row; a deleted row goes), and the focus would fall to
  // the page body: it goes back to the selected row instead.
  const holdsFocus = useRef(false);
  useEffect(() => {
    const active = document.activeElement;
    if (!holdsFocus.current || (active !== null && active !== document.body)) return;
    if (tabbableId) treeRef.current?.querySelector<HTMLElement>(`[data-category-id="${tabbableId}"]`)?.focus();
  }, [tree, tabbableId]);
  const onBlur = (event: FocusEvent) => {
    if (event.relatedTarget !== null && !treeRef.current?.contains(event.relatedTarget as Node)) holdsFocus.current = false;
  };

  const itemElement = (id: string) => treeRef.current?.querySelector<HTMLElement>(`[data-category-id="${id}"]`) ?? null;

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    onSelect(id);
    itemElement(id)?.focus();
  };

  const toggle = (node: CategoryNode) => {
    const expanded = !collapsed.has(node.category.id);
    // Closing a row that hides the selection moves the selection to it, so focus is never lost.
    if (expanded && selectedId !== null && containsId(node, selectedId)) focusRow(node.category.id);
    onExpandedChange(node.category.id, !expanded);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const target = event.target as HTMLElement;
    const id = target.getAttribute('role') === 'treeitem' ? target.dataset.categoryId : undefined;
    const here = id ? index.get(id) : undefined;
    if (!id || !here) return;
    const position = visible.indexOf(id);
    const hasChildren = here.node.children.length > 0;
    const expanded = hasChildren && !collapsed.has(id);
    let handled = true;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      if (onReorder) onReorder(here.node.category, event.key === 'ArrowUp' ? 'up' : 'down');
      else handled = false;
    } else if (event.key === 'ArrowDown') focusRow(visible[position + 1]);
    else if (event.key === 'ArrowUp') focusRow(visible[position - 1]);
    else if (event.key === 'Home') focusRow(visible[0]);
    else if (event.key === 'End') focusRow(visible[visible.length - 1]);
    else if (event.key === 'ArrowRight') {
      if (hasChildren && !expanded) onExpandedChange(id, true);
      else if (expanded) focusRow(here.node.children[0]?.category.id);
    } else if (event.key === 'ArrowLeft') {
      if (expanded) onExpandedChange(id, false);
      else focusRow(here.parentId ?? undefined);
    } else if (event.key === 'Enter' || event.key === ' ') onSelect(id);
    else if ((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      const anchor = target.querySelector<HTMLElement>('[data-row-actions]');
      if (onOpenActions && anchor) onOpenActions(here.node.category, anchor);
      else handled = false;
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLowerCase();
      const order = [...visible.slice(position + 1), ...visible.slice(0, position + 1)];
      focusRow(order.find((each) => index.get(each)?.node.category.name.toLowerCase().startsWith(letter)));
    } else handled = false;
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const renderNode = (node: CategoryNode, level: number) => {
    const { category, children } = node;
    const hasChildren = children.length > 0;
    const expanded = hasChildren && !collapsed.has(category.id);
    const selected = category.id === selectedId;
    const nameId = `${baseId}-${category.id}-name`;
    const detailId = `${baseId}-${category.id}-detail`;
    const onToggleClick = (event: MouseEvent) => {
      event.stopPropagation();
      toggle(node);
    };
    return (
      <Box
        component="li"
        key={category.id}
        role="treeitem"
        data-category-id={category.id}
        aria-level={level}
        aria-expanded={hasChildren ? expanded : undefined}
        aria-selected={selected}
        aria-labelledby={nameId}
        aria-describedby={detailId}
        tabIndex={category.id === tabbableId ? 0 : -1}
        sx={(theme) => ({
          listStyle: 'none',
          outline: 'none',
          '&:focus-visible > .category-row': { outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`, outlineOffset: -2 },
        })}
      >
        <Box
          className="category-row"
          onClick={() => onSelect(category.id)}
          onDoubleClick={hasChildren ? onToggleClick : undefined}
          sx={{
            display: 'flex',
            alignItems: 'center',
            gap: 1,
            minHeight: 44,
            pr: 1,
            pl: 0.5 + (level - 1) * 3,
            cursor: 'pointer',
            borderRadius: 1,
            bgcolor: selected ? 'action.selected' : undefined,
            '&:hover': { bgcolor: selected ? 'action.selected' : 'action.hover' },
          }}
        >
          <Box component="span" aria-hidden onClick={hasChildren ? onToggleClick : undefined} sx={{ display: 'inline-flex', width: 28, justifyContent: 'center', color: 'text.secondary' }}>
            {hasChildren && (expanded ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />)}
          </Box>
          <Typography id={nameId} component="span" sx={{ fontWeight: 500, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {category.name}
          </Typography>
          <Box id={detailId} component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flex: 1, minWidth: 0 }}>
            <Typography component="span" variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {category.slug}
            </Typography>
            {!category.isActive && <Chip size="small" variant="outlined" label="Inactive" />}
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 'auto', whiteSpace: 'nowrap' }}>
              {category.productCount === 1 ? '1 product' : `${category.productCount.toLocaleString()} products`}
            </Typography>
          </Box>
          {onOpenActions && (
            <IconButton
              size="small"
              tabIndex={-1}
              data-row-actions
              aria-label={`Actions for ${category.name}`}
              aria-haspopup="menu"
              onClick={(event) => {
                event.stopPropagation();
                onSelect(category.id);
                onOpenActions(category, event.currentTarget);
              }}
            >
              <MoreVertIcon fontSize="small" />
            </IconButton>
          )}
        </Box>
        {expanded && (
          <Box component="ul" role="group" sx={{ m: 0, p: 0 }}>
            {children.map((child) => renderNode(child, level + 1))}
          </Box>
        )}
      </Box>
    );
  };

  return (
    <Box
      component="ul"
      ref={treeRef}
      role="tree"
      aria-label="Categories"
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onFocus={() => (holdsFocus.current = true)}
      onBlur={onBlur}
      sx={{ m: 0, p: 0.5 }}
    >
      {tree.map((node) => renderNode(node, 1))}
    </Box>
  );
}
