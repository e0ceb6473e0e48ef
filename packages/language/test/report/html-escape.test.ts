import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html-escape.js';
import { XSS_CORPUS } from './injection-corpus.js';

describe('escapeHtml', () => {
    it.each([
        ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
        ['"><img src=x onerror=alert(2)>', '&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'],
        ['\' onfocus=\'x', '&#39; onfocus=&#39;x'],
        ['Råderum & bloktilskud', 'Råderum &amp; bloktilskud'],
        ['&lt;', '&amp;lt;']
    ])('escapes %j', (text, expected) => {
        expect(escapeHtml(text)).toBe(expected);
    });

    it.each(XSS_CORPUS)('leaves no markup character of %j, so it is inert in content and in quoted attributes', text => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']/);
    });
});
