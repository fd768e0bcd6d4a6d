import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatUpdated } from '../../../../src/renderer/src/features/catalog/components/list/format';
import { PriceCell } from '../../../../src/renderer/src/features/catalog/components/list/PriceCell';
import { ProductThumbnail } from '../../../../src/renderer/src/features/catalog/components/list/ProductThumbnail';
import { StockCell } from '../../../../src/renderer/src/features/catalog/components/list/StockCell';

describe('price cell', () => {
  it('shows the regular price alone when there is no sale', () => {
    const { container } = render(<PriceCell price={{ regular: 20, sale: null, currency: 'USD' }} />);
    expect(container).toHaveTextContent(formatMoney(20, 'USD'));
    expect(container.querySelector('s')).toBeNull();
  });

  it('shows the sale price with the regular one struck through, both named for screen readers', () => {
    const { container } = render(<PriceCell price={{ regular: 20, sale: 15.5, currency: 'EUR' }} />);
    const struck = container.querySelector('s');
    expect(struck).toHaveTextContent(`Regular price ${formatMoney(20, 'EUR')}`);
    expect(container).toHaveTextContent(`Sale price ${formatMoney(15.5, 'EUR')}`);
    expect(container.textContent!.indexOf('Sale price')).toBeLessThan(container.textContent!.indexOf('Regular price'));
  });

  it('survives a currency code Intl does not know', () => {
    expect(formatMoney(3, 'ZZZZ')).toBe('3.00 ZZZZ');
  });
});

describe('stock cell', () => {
  it.each([
    ['in_stock', 120, 'In stock'],
    ['low_stock', 3, 'Low'],
    ['out_of_stock', 0, 'Out'],
  ] as const)('shows %s as the quantity and a chip', (status, quantity, label) => {
    const { container } = render(<StockCell stock={{ quantity, status }} />);
    expect(container).toHaveTextContent(`${quantity.toLocaleString()}${label}`);
    expect(screen.getByText(label).closest('.MuiChip-root')).not.toBeNull();
  });

  it('keeps dark text on the low-stock chip for contrast', () => {
    render(<StockCell stock={{ quantity: 2, status: 'low_stock' }} />);
    expect(screen.getByText('Low').closest('.MuiChip-root')).toHaveClass('MuiChip-colorWarning');
  });
});

describe('thumbnail', () => {
  it('uses the image alt text, or the product name', () => {
    render(<ProductThumbnail image={{ url: 'https://img.test/a.png', alt: 'Red shoe, side' }} name="Red shoe" />);
    expect(screen.getByRole('img', { name: 'Red shoe, side' })).toHaveAttribute('src', 'https://img.test/a.png');
  });

  it('shows a placeholder when there is no image or it fails to load', () => {
    const { unmount } = render(<ProductThumbnail image={null} name="Blue hat" />);
    expect(screen.getByRole('img', { name: 'No image of Blue hat' })).toBeInTheDocument();
    unmount();
    render(<ProductThumbnail image={{ url: 'https://img.test/broken.png', alt: null }} name="Blue hat" />);
    fireEvent.error(screen.getByRole('img', { name: 'Blue hat' }));
    expect(screen.getByRole('img', { name: 'Image of Blue hat could not be loaded' })).toBeInTheDocument();
  });
});

describe('updated date', () => {
  const now = new Date('2025-06-10T12:00:00Z').getTime();
  it('is relative within a week and a date before that', () => {
    expect(formatUpdated('2025-06-10T11:59:30Z', now)).toBe('just now');
    expect(formatUpdated('2025-06-10T11:55:00Z', now)).toMatch(/5 minutes ago/);
    expect(formatUpdated('2025-06-09T11:00:00Z', now)).toMatch(/yesterday|1 day ago/);
    expect(formatUpdated('2025-05-01T12:00:00Z', now)).toMatch(/2025/);
    expect(formatUpdated('garbage', now)).toBe('garbage');
  });
});
