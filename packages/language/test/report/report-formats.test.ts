import { describe, expect, it } from 'vitest';
import { REPORT_FORMAT_IDS, REPORT_FORMATS } from '../../src/report/report-formats.js';
import { NoReportWriterError, renderReport } from '../../src/report/render-report.js';
import { WORDS } from '../../src/words/words.js';
import { MEDICIN, modelOf } from './report-fixture.js';

describe('the registry of report formats', () => {
    it('gives each format a unique id and file extension', () => {
        expect(new Set(REPORT_FORMAT_IDS).size).toBe(REPORT_FORMATS.length);
        expect(new Set(REPORT_FORMATS.map(format => format.extension)).size).toBe(REPORT_FORMATS.length);
    });

    it.each(Object.entries(WORDS))('names every format in %s, with a label and a help text', (_, words) => {
        expect(Object.keys(words.reportFormats).sort()).toEqual([...REPORT_FORMAT_IDS].sort());
        for (const { label, help } of Object.values(words.reportFormats)) {
            expect(label.length * help.length).toBeGreaterThan(0);
        }
    });

    it.each(REPORT_FORMATS.filter(format => !format.host))('writes $id here: text, or bytes for a binary format', async ({ id, binary }) => {
        const output = await renderReport(await modelOf(MEDICIN), id, { locale: 'da' });
        expect(output instanceof Uint8Array).toBe(binary);
    });

    it.each(REPORT_FORMATS.filter(format => format.host))('leaves $id to the host: without its writer, NoReportWriterError', async ({ id }) => {
        const model = await modelOf(MEDICIN);
        await expect(renderReport(model, id, { locale: 'da' })).rejects.toBeInstanceOf(NoReportWriterError);
        await expect(renderReport(model, id, { locale: 'da' }, { [id]: () => 'skrevet af værten' })).resolves.toBe('skrevet af værten');
    });
});
