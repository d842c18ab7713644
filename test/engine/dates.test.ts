import { expect } from 'chai';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween, isActiveOn, isIsoDate, longDate } from '../../src/engine/dates';

describe('engine dates', () => {
  it('when a string is a real calendar day in YYYY-MM-DD, then it is an ISO date', () => {
    expect(['2015-06-30', '2016-02-29', '2000-02-29'].every(isIsoDate)).to.equal(true);
  });

  it('when a day does not exist or the form is wrong, then it is not an ISO date', () => {
    for (const bad of ['2015-13-40', '2015-02-29', '1900-02-29', '2015-6-30', '2015-06-30T00:00:00Z', '', 20150630, null]) {
      expect(isIsoDate(bad), String(bad)).to.equal(false);
    }
  });

  it('when days are added across a month, a year and a leap day, then the calendar is followed', () => {
    expect(addDays('2015-01-01', 28)).to.equal('2015-01-29');
    expect(addDays('2015-12-20', 28)).to.equal('2016-01-17');
    expect(addDays('2016-02-28', 1)).to.equal('2016-02-29');
    expect(addDays('2015-03-01', -1)).to.equal('2015-02-28');
    expect(daysBetween('2015-01-01', '2016-01-01')).to.equal(365);
    expect(daysBetween('2016-03-01', '2016-02-01')).to.equal(-29);
  });

  it('when months are taken away from a day the target month lacks, then the last day of that month is used', () => {
    expect(addMonths('2015-06-30', -12)).to.equal('2014-06-30');
    expect(addMonths('2016-02-29', -12)).to.equal('2015-02-28');
    expect(addMonths('2015-03-31', -1)).to.equal('2015-02-28');
    expect(addMonths('2015-01-15', -13)).to.equal('2013-12-15');
  });

  it('when a period ends the day before, then it is not active; on its last day it is', () => {
    expect(isActiveOn({ from: '2015-01-01', to: '2015-06-29' }, '2015-06-30')).to.equal(false);
    expect(isActiveOn({ from: '2015-01-01', to: '2015-06-30' }, '2015-06-30')).to.equal(true);
    expect(isActiveOn({ from: '2015-07-01', to: null }, '2015-06-30')).to.equal(false);
    expect(isActiveOn({ from: null, to: null }, '2015-06-30')).to.equal(false);
  });

  it('when a date is written for people, then it reads "10 June 2015"', () => {
    expect(longDate('2015-06-10')).to.equal('10 June 2015');
  });
});

describe('engine ISO date pattern', () => {
  /** An independent oracle: the JavaScript calendar, in UTC. */
  function realDay(year: number, month: number, day: number): boolean {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  }

  it('when any year, month and day are written as YYYY-MM-DD, then the pattern accepts exactly the real days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(isIsoDate(text), text).to.equal(month >= 1 && month <= 12 && day >= 1 && realDay(year, month, day));
      }),
      { numRuns: 5000 },
    );
    for (const leap of ['2000-02-29', '2016-02-29', '1600-02-29', '2400-02-29']) expect(isIsoDate(leap), leap).to.equal(true);
    for (const common of ['1900-02-29', '2015-02-29', '2100-02-29', '2015-04-31']) expect(isIsoDate(common), common).to.equal(false);
  });
});
