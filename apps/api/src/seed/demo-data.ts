import type { OpeningHours, RoomAccess, RoomKind } from '@linli/contracts'

/** Demo data drawn from the field reports in shared/seeds (Zhengzhou districts). */
type RoomSeed = [name: string, kind: RoomKind, capacity: number, floor: number, access: RoomAccess, approval: boolean, amenities: string[]]

const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }))
const weekend = (opens: string, closes: string) => [6, 7].map((weekday) => ({ weekday, opens, closes }))
const standardHours: OpeningHours = [...weekdays('08:30', '21:00'), ...weekend('09:00', '17:30')]

export interface CenterSeed {
  name: string
  address: string
  areaM2: number
  openingHours: OpeningHours
  contactName: string
  contactPhone: string
  rooms: RoomSeed[]
}

export interface RegionSeed {
  name: string
  children: { name: string; communities: string[]; centers: CenterSeed[] }[]
}

export const demoRegions: RegionSeed[] = [
  {
    name: '郑东新区',
    children: [
      {
        name: '如意湖街道',
        communities: ['体育公园社区', '如意西路社区'],
        centers: [
          {
            name: '体育公园党群服务中心',
            address: '郑州市郑东新区如意湖街道体育公园东门北侧',
            areaM2: 3200,
            openingHours: standardHours,
            contactName: '陈静',
            contactPhone: '0371-6556 1201',
            rooms: [
              ['多功能活动室', 'multi_function', 150, 1, 'resident', true, ['投影仪', '音响', '舞台']],
              ['党员活动室', 'party_activity', 40, 2, 'staff', false, ['投影仪', '党旗']],
              ['书吧', 'book_bar', 30, 1, 'open', false, ['图书 3000 册', '无线网络']],
              ['健身室', 'gym', 20, 1, 'open', false, ['跑步机', '乒乓球台']],
              ['益智棋类室', 'chess', 24, 2, 'resident', false, ['象棋', '围棋', '麻将桌']],
              ['儿童乐园', 'children_playground', 30, 1, 'open', false, ['软包地面', '绘本角']],
              ['四点半课堂', 'after_school', 30, 2, 'staff', false, ['课桌椅', '白板']],
              ['银龄之家', 'seniors_home', 40, 1, 'resident', false, ['按摩椅', '血压计']],
              ['青春家园', 'youth_home', 25, 3, 'resident', true, ['电脑', '桌游']],
              ['心理咨询室', 'counselling', 4, 3, 'staff', false, ['沙盘']],
              ['会议室', 'meeting_room', 20, 3, 'resident', true, ['会议桌', '电视屏']],
            ],
          },
        ],
      },
    ],
  },
  {
    name: '金水区',
    children: [
      {
        name: '凤凰台街道',
        communities: ['凤凰台社区', '南阳新村社区'],
        centers: [
          {
            name: '凤凰台党群服务中心',
            address: '郑州市金水区凤凰台街道南阳路与北三环交叉口东南角',
            areaM2: 4700,
            openingHours: standardHours,
            contactName: '李娜',
            contactPhone: '0371-6392 8810',
            rooms: [
              ['多功能厅', 'multi_function', 200, 1, 'resident', true, ['投影仪', '音响', '舞台', '无障碍通道']],
              ['党员活动室', 'party_activity', 40, 2, 'staff', false, ['投影仪', '党旗']],
              ['区域党校教室', 'party_school', 60, 3, 'staff', true, ['投影仪', '录播设备']],
              ['党建展厅', 'exhibition_hall', 80, 1, 'open', false, ['展板', '触摸屏']],
              ['书吧', 'book_bar', 30, 1, 'open', false, ['图书 5000 册', '无线网络']],
              ['益智棋类室', 'chess', 24, 2, 'resident', false, ['象棋', '围棋']],
              ['儿童乐园', 'children_playground', 30, 1, 'open', false, ['软包地面', '绘本角']],
              ['四点半课堂', 'after_school', 30, 2, 'staff', false, ['课桌椅', '白板']],
              ['两代表一委员工作室', 'representatives_studio', 12, 2, 'resident', true, ['会议桌']],
              ['法律援助室', 'legal_aid', 6, 1, 'staff', false, []],
              ['妇女之家', 'womens_home', 25, 3, 'resident', false, ['手工台', '缝纫机']],
              ['居民服务大厅', 'service_hall', 80, 1, 'open', false, ['一站式窗口', '自助终端']],
            ],
          },
        ],
      },
      {
        name: '经八路街道',
        communities: ['省委社区', '纬五路社区'],
        centers: [
          {
            name: '经八路街道党群服务中心',
            address: '郑州市金水区经八路与纬四路交叉口西北角',
            areaM2: 1700,
            openingHours: [...weekdays('08:30', '20:30'), { weekday: 6, opens: '09:00', closes: '17:00' }],
            contactName: '赵敏',
            contactPhone: '0371-6595 3320',
            rooms: [
              ['多功能活动室', 'multi_function', 100, 1, 'resident', true, ['投影仪', '音响']],
              ['党员活动室', 'party_activity', 30, 2, 'staff', false, ['投影仪']],
              ['书吧', 'book_bar', 20, 1, 'open', false, ['图书 2000 册']],
              ['健身室', 'gym', 15, 1, 'open', false, ['乒乓球台']],
              ['四点半课堂', 'after_school', 30, 2, 'staff', false, ['课桌椅']],
              ['家事调解室', 'mediation', 6, 2, 'staff', false, []],
              ['青少年科技站', 'science_station', 20, 2, 'resident', true, ['3D 打印机', '机器人套件']],
              ['居民服务大厅', 'service_hall', 40, 1, 'open', false, ['一站式窗口']],
            ],
          },
        ],
      },
    ],
  },
]

/** One demo login per role, all with the password below; printed by `npm start` and in the README. */
export const DEMO_PASSWORD = 'linli-demo'
export const demoStaff = [
  { username: 'district', displayName: '王晓东', role: 'district_admin', scope: '金水区' },
  { username: 'manager', displayName: '李娜', role: 'center_manager', scope: '凤凰台党群服务中心' },
  { username: 'staff', displayName: '张伟', role: 'center_staff', scope: '凤凰台党群服务中心' },
] as const
