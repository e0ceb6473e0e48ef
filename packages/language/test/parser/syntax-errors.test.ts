import { describe, expect, it } from 'vitest';
import { budget } from '../brik-test-services.js';
import { diagnosticsOf } from '../validation/expect-diagnostics.js';

/** Syntax errors say what was found, what may stand there, and which keyword a typo resembles. */
describe('syntax errors in the words of budget authors', () => {
    it('suggests the keyword a misspelt word resembles', async () => {
        const [found] = await diagnosticsOf(budget('tema "T" {\n brik "A" drfit 2.8\n}'));
        expect(found).toMatchObject({ code: 'brik/syntax', text: 'drfit' });
        expect(found.message).toBe("Uventet ordet 'drfit' i temaet. Her kan stå tema, brik, finansiering, total og inkluder, eller '}', der lukker temaet. Mente du 'drift'?");
    });

    it('says a closing brace is missing at the end of the file', async () => {
        const found = await diagnosticsOf('budget "B" {\n enhed mio. kr. prisniveau 2023 år 2024\n tema "T" {\n  brik "A" drift 1\n}\n');
        expect(found.map(f => f.message)).toEqual(["Filen slutter, før budgettet er lukket: der mangler en afsluttende '}'."]);
    });

    it('explains how a file begins', async () => {
        const [found] = await diagnosticsOf('brik "A" drift 1');
        expect(found.message).toBe(`En Brik-fil begynder med 'budget "Navn" {' eller 'fragment {', men her står 'brik'.`);
    });

    it('asks for a name in quotes', async () => {
        const [found] = await diagnosticsOf(budget('brik Neurorehabilitering drift 2.8'));
        expect(found.message).toBe('Forventede et navn i anførselstegn, fx "Neurorehabilitering", men fandt ordet \'Neurorehabilitering\'.');
    });

    it('asks for the unit without quotes', async () => {
        const found = await diagnosticsOf(budget('brik "A" drift 1', 'enhed "mio. kr."\n  prisniveau 2023\n  år 2024..2027'));
        expect(found[0]).toMatchObject({ code: 'brik/syntax', message: 'Enheden skrives uden anførselstegn: skriv enhed mio. kr.' });
    });

    it('reports an unterminated name on its own line only', async () => {
        const found = await diagnosticsOf(budget('brik "Neurorehabilitering drift 2.8\nbrik "B" drift 1'));
        expect(found[0]).toMatchObject({ code: 'brik/unknown-character', message: 'Teksten mangler sit afsluttende anførselstegn (") på samme linje.' });
    });

    it('names an invisible control character by its code', async () => {
        const found = await diagnosticsOf(budget('brik "A" drift 1 \u0000'));
        expect(found[0].message).toContain('et usynligt kontroltegn (U+0000)');
    });

    it('reads thousands dots as one amount, and explains them once (no syntax error)', async () => {
        const found = await diagnosticsOf(budget('brik "A" drift 2.455.000'));
        expect(found).toEqual([{ code: 'brik/thousands-dots', severity: 'error', text: '2.455.000',
            message: '2.455.000 er skrevet med tusindtalspunktum, men i Brik er punktum decimaltegn, så det er ikke et tal. Skriv 2_455_000.' }]);
    });
});
