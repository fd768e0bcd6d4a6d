/** A product's variant as stored: a name, its values, and what choosing it adds to the price. */
export interface VariantOption {
  name: string;
  values?: readonly string[] | null;
  priceModifier?: number | null;
}

/** How an order line names its variant: `Size: 42`. */
export function variantLabel(name: string, value: string): string {
  return `${name}: ${value}`;
}

/**
 * What the chosen variant adds to the unit price, or null when the product has
 * no such variant (name and value must both match, ignoring case and spaces).
 */
export function variantPriceModifier(variants: readonly VariantOption[], label: string): number | null {
  const separator = label.indexOf(':');
  if (separator < 0) return null;
  const name = label.slice(0, separator).trim().toLowerCase();
  const value = label.slice(separator + 1).trim().toLowerCase();
  const variant = variants.find((option) => option.name.trim().toLowerCase() === name);
  if (!variant || !(variant.values ?? []).some((candidate) => candidate.trim().toLowerCase() === value)) return null;
  return variant.priceModifier ?? 0;
}
