import { describe, expect, it, vi } from 'vitest';
import { checkExternalUrl, isAppUrl, openExternalUrl } from '../../../electron/services/trusted-url';

describe('external URL rule', () => {
  it.each(['https://www.worldbank.org/en/topic/migration', 'https://data.iadb.org/?q=remittances#x', 'https://r4v.info/'])('trusts the cited source %s', (url) => {
    expect(checkExternalUrl(url)).toMatchObject({ ok: true, value: { trusted: true } });
  });

  it.each(['https://example.org/', 'https://worldbank.org.evil.example/', 'https://notworldbank.org/'])('asks about any other https link: %s', (url) => {
    expect(checkExternalUrl(url)).toMatchObject({ ok: true, value: { trusted: false } });
  });

  it.each([
    ['file:///C:/Windows/System32/calc.exe', 'file:'],
    ['javascript:alert(1)', 'javascript:'],
    ['http://www.worldbank.org', 'http:'],
    ['ms-msdt:/id PCWDiagnostic', 'ms-msdt:'],
    ['smb://attacker/share', 'smb:'],
    ['app://puente/index.html', 'app:'],
    ['data:text/html,<script>alert(1)</script>', 'data:'],
  ])('refuses %s (scheme %s)', (url, scheme) => {
    const result = checkExternalUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(scheme);
  });

  it.each([
    'https://www.worldbank.org@evil.example/',
    'https://user:pass@www.worldbank.org/',
    'https://xn--wrldbank-r6a.org/', // homograph of worldbank.org
    'https://www.xn--iadb-xqa.org/',
    'not a url',
    '',
    42,
    null,
  ])('refuses look-alikes and non-URLs: %s', (value) => {
    expect(checkExternalUrl(value)).toMatchObject({ ok: false, code: 'refused' });
  });

  it('hands only the normalised https URL to the OS browser', async () => {
    const open = vi.fn(async () => undefined);
    const confirm = vi.fn(async () => true);
    expect(await openExternalUrl('https://WWW.WorldBank.org/a b', { open, confirm })).toEqual({ ok: true, value: null });
    expect(open).toHaveBeenCalledWith('https://www.worldbank.org/a%20b');
    expect(await openExternalUrl('file:///etc/passwd', { open, confirm })).toMatchObject({ ok: false, code: 'refused' });
    expect(open).toHaveBeenCalledTimes(1);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('reports an OS failure, or a failed question, as a refusal instead of throwing', async () => {
    const broken = async () => {
      throw new Error('no browser');
    };
    expect(await openExternalUrl('https://www.iom.int', { open: broken, confirm: async () => true })).toMatchObject({ ok: false, code: 'refused' });
    expect(await openExternalUrl('https://example.org', { open: async () => undefined, confirm: broken })).toMatchObject({ ok: false, code: 'refused' });
  });
});

describe('our own origin', () => {
  it.each(['app://puente/index.html', 'app://puente/', 'app://PUENTE/assets/x.js'])('recognises %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each([
    'app://puente.evil.example/',
    'app://evil@puente/',
    'app://puente:8080/',
    'app://puentes/',
    'https://puente/',
    'file:///puente/index.html',
    'about:blank',
    undefined,
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});
