import { describe, expect, it } from 'vitest';
import { messagePage, REPORT_CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from '../src/report-html.js';

const META = `<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">`;

describe('withContentSecurityPolicy', () => {
    it('allows inline styles and data: images, and nothing else', () => {
        expect(REPORT_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    });

    it.each([
        ['a page with a head', '<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>R</title></head><body>x</body></html>',
            `<!DOCTYPE html><html lang="da"><head>${META}<meta charset="utf-8"><title>R</title></head><body>x</body></html>`],
        ['a head with attributes', '<html><HEAD profile="p"><title>R</title></HEAD></html>', `<html><HEAD profile="p">${META}<title>R</title></HEAD></html>`],
        ['a page without a head', '<html lang="da"><body>x</body></html>', `<html lang="da"><head>${META}</head><body>x</body></html>`],
        ['a fragment', '<p>x</p>', `<!DOCTYPE html><html><head>${META}</head><body><p>x</p></body></html>`]
    ])('puts the policy first in %s', (_, html, expected) => {
        expect(withContentSecurityPolicy(html)).toBe(expected);
    });

    it('does not take <header> for <head>', () => {
        expect(withContentSecurityPolicy('<html><body><header>x</header></body></html>')).toBe(`<html><head>${META}</head><body><header>x</header></body></html>`);
    });
});

describe('messagePage', () => {
    it('escapes the message and carries the policy', () => {
        const page = messagePage('Ingen rapport', 'Filen "a<b>.brik" indeholder intet budget & ingen tema.');
        expect(page).toContain(META);
        expect(page).toContain('Filen &quot;a&lt;b&gt;.brik&quot; indeholder intet budget &amp; ingen tema.');
        expect(page).not.toContain('<script');
    });
});
