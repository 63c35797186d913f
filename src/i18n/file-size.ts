/** A file size as people read it, in the reader's language: "820 kB", "2.4 MB". */
export function formatFileSize(
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string,
  bytes: number,
): string {
  const isLarge = bytes >= 1024 * 1024;
  const value = isLarge ? bytes / (1024 * 1024) : Math.max(1, bytes / 1024);
  return formatNumber(value, {
    style: 'unit',
    unit: isLarge ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: isLarge ? 1 : 0,
  });
}
