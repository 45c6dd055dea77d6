import { useEffect, useState } from 'preact/hooks';

// Hash routes (`#/hearings/h1`): the API serves one index.html and every page link survives a
// reload without the server knowing the pages.
function currentPath(): string {
  return decodeURI(location.hash.replace(/^#/, '')) || '/';
}

export function useRoute(): string[] {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    const onChange = () => {
      setPath(currentPath());
      window.scrollTo(0, 0);
      // A screen reader starts reading the new page, not wherever focus was on the old one.
      document.getElementById('main')?.focus({ preventScroll: true });
    };
    window.addEventListener('hashchange', onChange);
    // Preact runs effects after paint, so a hash that changed between the first render and now
    // fired its hashchange before anyone listened: read it again rather than show the old page.
    setPath(currentPath());
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path.split('?')[0].split('/').filter(Boolean);
}

export function href(...segments: string[]): string {
  return '#/' + segments.map(encodeURIComponent).join('/');
}

export function navigate(...segments: string[]): void {
  location.hash = href(...segments).slice(1);
}
