import { useEffect, useRef, useState } from 'react';

export function SearchBox({ onSearch }: { onSearch: (q: string) => void }) {
  const [query, setQuery] = useState('');
  // useRef: the input element survives re-renders, and changing it does not trigger one.
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <form className="toolbar" onSubmit={(e) => { e.preventDefault(); onSearch(query); }}>
      <input ref={input} value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search" />
    </form>
  );
}
