// A system error code (Node's errno names: "ENOSPC", "EBUSY"…) in words, for messages about files the user
// saved; an unknown code is shown as it is, so it can still be looked up.
import { t, tMaybe } from './t';

export function errnoText(code: string): string {
  if (code === '') return t('errno.unknown');
  return tMaybe(`errno.${code}`, t('errno.other', { code }));
}
