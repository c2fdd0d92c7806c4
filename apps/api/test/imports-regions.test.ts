import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { ImportPreview, Region } from '@linli/contracts'
import { newStaff, newWorld, signIn } from './support/factories'
import { csvOf, importClient, xlsxOf } from './support/import-files'
import { useTestApp } from './support/test-app'

const HEADER = ['区域名称', '级别', '上级区域']
const CENTER_HEADER = ['中心名称', '所属区域', '地址', '面积（平方米）', '联系人', '联系电话']
// Three subdistricts with two communities each; 经三路街道's communities come before it, and 花园社区 is in two subdistricts.
const TREE = [
  ['花园社区', '社区', '经三路街道'], ['文化社区', '社区', '经三路街道'],
  ['经三路街道', '街道', null], ['丰产路街道', '街道', null], ['东风路街道', '街道', null],
  ['农科社区', '社区', '丰产路街道'], ['黄河社区', '社区', '丰产路街道'],
  ['东风社区', '社区', '东风路街道'], ['花园社区', '社区', '东风路街道'],
]

describe('importing a district\'s subdistricts and communities', () => {
  const ctx = useTestApp()
  let w: Awaited<ReturnType<typeof newWorld>>
  const api = () => importClient(ctx.app)
  const regionsBelow = async (districtId: string) => {
    const all: Region[] = (await ctx.app.inject({ method: 'GET', url: '/api/regions' })).json().items
    const subs = all.filter((r) => r.parentId === districtId)
    return { subs, communities: all.filter((r) => subs.some((s) => s.id === r.parentId)) }
  }

  it('builds the world', async () => {
    w = await newWorld(ctx.app, ctx.db)
  })

  it('offers the template in XLSX and CSV with Chinese headers and an example 社区 under its 街道', async () => {
    const xlsx = await api().template(w.as.admin, 'regions', 'xlsx')
    expect(xlsx.statusCode).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, ...HEADER])
    expect(sheet.getRow(2).values).toEqual([undefined, '凤凰台社区', '社区', '经八路街道'])
    expect((await api().template(w.as.admin, 'regions', 'csv')).body.startsWith('\ufeff"区域名称","级别","上级区域"')).toBe(true)
  })

  it('lets a district admin import 3 subdistricts with 2 communities each, in any order, then centers placed in them', async () => {
    const preview: ImportPreview = (await api().upload(w.as.admin, `regions/${w.districtA.id}/imports/regions`, await xlsxOf([HEADER, ...TREE]))).json()
    expect(preview.errors).toEqual([])
    expect(preview.summary).toMatchObject({ created: 9, updated: 0, unchanged: 0, failed: 0 })
    expect((await api().commit(w.as.admin, preview.id)).statusCode).toBe(200)

    const { subs, communities } = await regionsBelow(w.districtA.id)
    expect(subs.map((s) => s.name).sort()).toEqual([...['经三路街道', '丰产路街道', '东风路街道'], (await ctx.db.selectFrom('regions').select('name').where('id', '=', w.subA.id).executeTakeFirstOrThrow()).name].sort())
    expect(subs.every((s) => s.level === 'subdistrict')).toBe(true)
    const parentOf = (name: string) => communities.filter((c) => c.name === name).map((c) => subs.find((s) => s.id === c.parentId)!.name).sort()
    expect(parentOf('花园社区')).toEqual(['东风路街道', '经三路街道'])
    expect(parentOf('农科社区')).toEqual(['丰产路街道'])
    expect(communities).toHaveLength(6)
    expect(communities.every((c) => c.level === 'community')).toBe(true)

    const centers = csvOf([CENTER_HEADER, ['农科社区党群服务中心', '农科社区', '郑州市金水区农科路 1 号', '800', null, null], ['经三路街道党群服务中心', '经三路街道', '郑州市金水区经三路 2 号', '2000', null, null]])
    const placed: ImportPreview = (await api().upload(w.as.admin, `regions/${w.districtA.id}/imports/centers`, centers, 'text/csv')).json()
    expect(placed.summary).toMatchObject({ created: 2, failed: 0 })
    await api().commit(w.as.admin, placed.id)
    const listed: { name: string; regionId: string }[] = (await ctx.app.inject({ method: 'GET', url: `/api/centers?regionId=${w.districtA.id}` })).json().items
    expect(listed.find((c) => c.name === '农科社区党群服务中心')!.regionId).toBe(communities.find((c) => c.name === '农科社区')!.id)
    expect(listed.find((c) => c.name === '经三路街道党群服务中心')!.regionId).toBe(subs.find((s) => s.name === '经三路街道')!.id)
  })

  it('imports the same tree again as unchanged rows and adds nothing', async () => {
    const before = await regionsBelow(w.districtA.id)
    const again: ImportPreview = (await api().upload(w.as.admin, `regions/${w.districtA.id}/imports/regions`, csvOf([HEADER, ...TREE]), 'text/csv')).json()
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 9, failed: 0 })
    expect((await api().commit(w.as.admin, again.id)).statusCode).toBe(200)
    expect(await regionsBelow(w.districtA.id)).toEqual(before)
  })

  it('refuses center staff and another district\'s admin, and has no center-level kind', async () => {
    const file = csvOf([HEADER, ['新街道', '街道', null]])
    const otherAdmin = (await signIn(ctx.app, (await newStaff(ctx.db, 'district_admin', { regionId: w.districtB.id })).username)).cookie
    expect((await api().upload(w.as.staff, `regions/${w.districtA.id}/imports/regions`, file, 'text/csv')).statusCode).toBe(403)
    expect((await api().upload(w.as.manager, `regions/${w.districtA.id}/imports/regions`, file, 'text/csv')).statusCode).toBe(403)
    expect((await api().upload(otherAdmin, `regions/${w.districtA.id}/imports/regions`, file, 'text/csv')).statusCode).toBe(403)
    expect((await api().upload(w.as.admin, `centers/${w.centerA}/imports/regions`, file, 'text/csv')).statusCode).toBe(404)
    const mine: ImportPreview = (await api().upload(w.as.admin, `regions/${w.districtA.id}/imports/regions`, file, 'text/csv')).json()
    expect((await api().commit(otherAdmin, mine.id)).statusCode).toBe(403)
    expect((await api().commit(w.as.staff, mine.id)).statusCode).toBe(403)
    expect((await regionsBelow(w.districtA.id)).subs.some((s) => s.name === '新街道')).toBe(false)
  })

  it('shows every bad row by row and column in Chinese and writes none of the file', async () => {
    const before = await regionsBelow(w.districtA.id)
    const district = (await ctx.db.selectFrom('regions').select('name').where('id', '=', w.districtA.id).executeTakeFirstOrThrow()).name
    const foreignSub = (await ctx.db.selectFrom('regions').select('name').where('id', '=', w.subB.id).executeTakeFirstOrThrow()).name
    const file = csvOf([HEADER,
      ['幸福社区', '社区', null],
      ['新街道', '乡镇', null],
      ['外区社区', '社区', foreignSub],
      ['新街道', '街道', null],
      ['新街道', '街道', ''],
      ['孤儿社区', '社区', '不存在的街道'],
      ['楼院', '社区', '农科社区'],
      ['子社区', '社区', '坏街道'],
      ['坏街道', '街道', '农科社区'],
      [null, '街道', null],
    ])
    const preview: ImportPreview = (await api().upload(w.as.admin, `regions/${w.districtA.id}/imports/regions`, file, 'text/csv')).json()
    expect(preview.summary).toMatchObject({ created: 1, failed: 9 })
    expect(preview.errors).toEqual([
      { row: 2, column: '上级区域', message: `社区的上级区域应是街道，请填写；留空表示直属${district}（区）` },
      { row: 3, column: '级别', message: '未知的级别“乡镇”，可填：街道、社区' },
      { row: 4, column: '上级区域', message: `“${foreignSub}”不在${district}内，只能导入到您上传的区域之下` },
      { row: 6, column: '区域名称', message: `“${district}”下的“新街道”在第 5 行已有，同一上级区域下的名称不能重复` },
      { row: 7, column: '上级区域', message: `在${district}中找不到上级区域“不存在的街道”，请填写街道的全称（可以是本文件中的街道），或留空表示直属${district}` },
      { row: 8, column: '上级区域', message: '社区的上级区域应是街道，“农科社区”是社区' },
      { row: 9, column: '上级区域', message: '上级区域“坏街道”在第 10 行，那一行有错误，请先改正' },
      { row: 10, column: '上级区域', message: '街道的上级区域应是区，“农科社区”是社区' },
      { row: 11, column: '区域名称', message: '区域名称不能为空' },
    ])
    const commit = await api().commit(w.as.admin, preview.id)
    expect(commit.statusCode).toBe(409)
    expect(commit.json().code).toBe('import_has_errors')
    expect(await regionsBelow(w.districtA.id)).toEqual(before)
  })
})
