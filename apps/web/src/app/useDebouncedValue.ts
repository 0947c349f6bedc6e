import { useEffect, useState } from 'react';

/**
 * `waarde` once it has stayed the same for `ms`: search as you type, without a request per keystroke. Until then
 * the previous settled value.
 */
export function useDebouncedValue<T>(waarde: T, ms = 300): T {
  const [bezonken, setBezonken] = useState(waarde);
  useEffect(() => {
    const timer = setTimeout(() => setBezonken(waarde), ms);
    return () => clearTimeout(timer);
  }, [waarde, ms]);
  return bezonken;
}
