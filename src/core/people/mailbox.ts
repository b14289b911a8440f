/** Domains that deliver to the same mailboxes as another (a known alias of the same service). */
const DOMAIN_ALIASES: Readonly<Record<string, string>> = { 'googlemail.com': 'gmail.com' };

/**
 * The mailbox an address reaches, for comparing with protected people: case and compatibility forms
 * folded, invisible characters removed, a `+tag` sub-address dropped (it reaches the same mailbox)
 * and known domain aliases joined. Never used as the address mail is sent to.
 */
export function mailboxKey(email: string): string {
  const folded = email
    .normalize('NFKC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\s]/g, '')
    .toLowerCase();
  const at = folded.lastIndexOf('@');
  if (at < 0) return folded;
  const local = folded.slice(0, at).split('+')[0] ?? '';
  const domain = folded.slice(at + 1).replace(/\.+$/, '');
  return `${local}@${DOMAIN_ALIASES[domain] ?? domain}`;
}
