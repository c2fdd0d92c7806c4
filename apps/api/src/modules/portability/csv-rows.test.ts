import { describe, expect, it } from 'vitest'
import { CsvError, readRows, writeRows } from './csv-rows'

describe('the CSV of an export', () => {
  it('gives back every value exactly: null apart from empty text, quotes, commas, line breaks, Chinese', () => {
    const columns = ['id', 'text', 'json']
    const rows = [
      ['1', '', null],
      ['2', 'say "hi", then\r\nleave\n', '{"名字": "王\\"阿姨"}'],
      ['3', null, '{a,"b c",NULL,""}'],
      [null, ',', '"'],
    ]
    const text = writeRows(columns, rows)
    expect(text.startsWith('\ufeffid,text,json\r\n"1","",\r\n')).toBe(true)
    expect(readRows(text)).toEqual({ columns, rows })
  })

  it('refuses a file cut off inside a value or a line with too few values', () => {
    const text = writeRows(['a', 'b'], [['x', 'y'], ['long value', 'z']])
    expect(() => readRows(text.slice(0, text.indexOf('long') + 3))).toThrow(CsvError)
    expect(() => readRows(text.slice(0, text.lastIndexOf(',')))).toThrow(/line 3 has 1 values for 2 columns/)
    expect(() => readRows('')).toThrow(/header/)
  })
})
