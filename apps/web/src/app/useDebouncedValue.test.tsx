import { act, renderHook } from '@testing-library/react';
import { useDebouncedValue } from './useDebouncedValue';

describe('useDebouncedValue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('geeft een nieuwe waarde pas door als die 300 ms dezelfde is gebleven', () => {
    const { result, rerender } = renderHook(({ waarde }) => useDebouncedValue(waarde), {
      initialProps: { waarde: '' },
    });
    rerender({ waarde: 'a' });
    act(() => jest.advanceTimersByTime(200));
    rerender({ waarde: 'an' });
    act(() => jest.advanceTimersByTime(200));
    // 400 ms of typing, but never 300 ms still: still the first value.
    expect(result.current).toBe('');
    act(() => jest.advanceTimersByTime(100));
    expect(result.current).toBe('an');
  });

  it('neemt een andere wachttijd', () => {
    const { result, rerender } = renderHook(({ waarde }) => useDebouncedValue(waarde, 1000), {
      initialProps: { waarde: 1 },
    });
    rerender({ waarde: 2 });
    act(() => jest.advanceTimersByTime(999));
    expect(result.current).toBe(1);
    act(() => jest.advanceTimersByTime(1));
    expect(result.current).toBe(2);
  });
});
