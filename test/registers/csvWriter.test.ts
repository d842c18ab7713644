import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import { Writable } from 'node:stream';
import type { Column, Row } from '../../src/registers/register';
import { csvLine, writeCsv } from '../../src/registers/writers/csv';

const COLUMNS: Column[] = [
  { key: 'name', header: 'Name', kind: 'text', width: 10 },
  { key: 'value', header: 'Value (£)', kind: 'money', width: 10 },
];

/** A destination that takes a while over each write and holds little, so the writer must wait for it. */
function slowSink(): { sink: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setTimeout(done, 1);
    },
  });
  return { sink, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function* rowsOf(count: number): AsyncGenerator<Row> {
  for (let i = 0; i < count; i++) yield { name: `Person ${i}, "the ${i}th"`, value: i };
}

describe('The CSV writer', () => {
  it('when text has commas, quotes or line breaks, then the field is quoted and quotes doubled', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'plain', 12.5, null])).to.equal('"a,b","say ""hi""","two\nlines",plain,12.5,\r\n');
  });

  it('when text starts like a spreadsheet formula, then it gets a leading apostrophe so it is never run', () => {
    expect(csvLine(['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', 'fine'])).to.equal(`"'=HYPERLINK(""http://x"")",'+1,'-2,'@SUM(A1),fine\r\n`);
  });

  it('when the destination is slow, then the file starts with its header row and every row arrives in order', async () => {
    const { sink, text } = slowSink();
    const count = await writeCsv(sink, COLUMNS, rowsOf(5000));
    expect(count).to.equal(5000);
    const written = text();
    expect(written.startsWith('\uFEFFName,Value (£)\r\n')).to.equal(true);
    const rows = parse(written, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).to.have.length(5000);
    expect(rows[4999]).to.deep.equal({ Name: 'Person 4999, "the 4999th"', 'Value (£)': '4999' });
  });

  it('when the rows fail part way, then the destination is destroyed and the error passed on', async () => {
    const { sink } = slowSink();
    async function* failing(): AsyncGenerator<Row> {
      yield { name: 'one', value: 1 };
      throw new Error('database went away');
    }
    const error = await writeCsv(sink, COLUMNS, failing()).catch((e: Error) => e);
    expect(error).to.be.instanceOf(Error).with.property('message', 'database went away');
    expect(sink.destroyed).to.equal(true);
  });
});
