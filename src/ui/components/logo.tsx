/** The Carehub mark: two hands around a heart, drawn in the brand colour. Decorative next to the name. */
export function Logo() {
  return (
    <svg viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="23" fill="#0b5e55" />
      <path
        d="M24 35s-10-6.2-10-13.1A5.6 5.6 0 0 1 24 18.6a5.6 5.6 0 0 1 10 3.3C34 28.8 24 35 24 35z"
        fill="#fbfaf7"
      />
      <path
        d="M9 29c3 5 8.5 9 15 9s12-4 15-9"
        fill="none"
        stroke="#f2b58f"
        stroke-width="2.6"
        stroke-linecap="round"
      />
    </svg>
  );
}
