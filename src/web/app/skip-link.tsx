// A keyboard user's first Tab goes to "Skip to content", past the header and the long sidebar.
export function SkipLink() {
  return (
    <a
      href="#main"
      style={{ position: 'absolute', left: -9999, top: 8, zIndex: 1000, background: 'white', padding: '6px 10px' }}
      onFocus={(e) => { e.currentTarget.style.left = '8px'; }}
      onBlur={(e) => { e.currentTarget.style.left = '-9999px'; }}
    >
      Skip to content
    </a>
  );
}
