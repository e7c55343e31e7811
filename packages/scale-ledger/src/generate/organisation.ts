import type { LeadingGroupRole, UnitKind } from '@rectify/domain';
import { personName } from './chinese-text.js';
import type { Random } from './random.js';
import type { LeaderRow, UnitRow } from './scale-ledger.js';

// Units and leaders of a fictional city, so that they never collide with the demo's (unit names are unique).

const DISTRICTS = ['东城区', '西岭区', '南湖区', '北山区', '中和区'];

const DEPARTMENTS: readonly [string, UnitKind][] = [
  ['委办公室', 'PARTY_COMMITTEE'],
  ['委组织部', 'PARTY_COMMITTEE'],
  ['委宣传部', 'PARTY_COMMITTEE'],
  ['委统战部', 'PARTY_COMMITTEE'],
  ['委政法委员会', 'PARTY_COMMITTEE'],
  ['纪委监委', 'DISCIPLINE_BODY'],
  ['人民法院', 'JUDICIAL_BODY'],
  ['人民检察院', 'JUDICIAL_BODY'],
  ['公安分局', 'JUDICIAL_BODY'],
  ['发展和改革局', 'GOVERNMENT_DEPARTMENT'],
  ['教育局', 'GOVERNMENT_DEPARTMENT'],
  ['科技工业和信息化局', 'GOVERNMENT_DEPARTMENT'],
  ['民政局', 'GOVERNMENT_DEPARTMENT'],
  ['司法局', 'GOVERNMENT_DEPARTMENT'],
  ['财政局', 'GOVERNMENT_DEPARTMENT'],
  ['人力资源和社会保障局', 'GOVERNMENT_DEPARTMENT'],
  ['自然资源局', 'GOVERNMENT_DEPARTMENT'],
  ['生态环境分局', 'GOVERNMENT_DEPARTMENT'],
  ['住房和城乡建设局', 'GOVERNMENT_DEPARTMENT'],
  ['交通运输局', 'GOVERNMENT_DEPARTMENT'],
  ['水利局', 'GOVERNMENT_DEPARTMENT'],
  ['农业农村局', 'GOVERNMENT_DEPARTMENT'],
  ['商务局', 'GOVERNMENT_DEPARTMENT'],
  ['文化广电旅游体育局', 'GOVERNMENT_DEPARTMENT'],
  ['卫生健康局', 'GOVERNMENT_DEPARTMENT'],
  ['退役军人事务局', 'GOVERNMENT_DEPARTMENT'],
  ['应急管理局', 'GOVERNMENT_DEPARTMENT'],
  ['审计局', 'GOVERNMENT_DEPARTMENT'],
  ['市场监督管理局', 'GOVERNMENT_DEPARTMENT'],
  ['医疗保障局', 'GOVERNMENT_DEPARTMENT'],
  ['城市管理和综合执法局', 'GOVERNMENT_DEPARTMENT'],
  ['政务服务数据管理局', 'GOVERNMENT_DEPARTMENT'],
  ['信访局', 'GOVERNMENT_DEPARTMENT'],
  ['城市建设投资集团', 'STATE_ENTERPRISE'],
  ['公用事业控股公司', 'STATE_ENTERPRISE'],
  ['新华街道', 'TOWN'],
  ['河西街道', 'TOWN'],
  ['白沙镇', 'TOWN'],
  ['龙山镇', 'TOWN'],
];

/** The districts first; then each district's departments, round-robin, under their district. */
export function generateUnits(count: number): UnitRow[] {
  const units: UnitRow[] = [];
  for (let i = 0; i < count; i++) {
    const district = i % DISTRICTS.length;
    if (i < DISTRICTS.length) {
      units.push({ id: i + 1, name: DISTRICTS[i]!, kind: 'DISTRICT', parentId: null });
      continue;
    }
    const n = Math.floor((i - DISTRICTS.length) / DISTRICTS.length);
    const [suffix, kind] = DEPARTMENTS[n % DEPARTMENTS.length]!;
    const round = Math.floor(n / DEPARTMENTS.length);
    const name = `${DISTRICTS[district]}${suffix}${round === 0 ? '' : `(${round + 1})`}`;
    units.push({ id: i + 1, name, kind, parentId: district + 1 });
  }
  return units;
}

/** Every unit gets a leader before any gets a second; the first leads the group, a few deputise. */
export function generateLeaders(random: Random, count: number, units: readonly UnitRow[]): LeaderRow[] {
  return Array.from({ length: count }, (_, i) => {
    const unit = units[i % units.length]!;
    const post =
      unit.kind === 'DISTRICT'
        ? random.pick(['区委书记', '区长', '副区长', '区委副书记'])
        : random.pick(['主要负责人', '党组书记', '副局长', '分管负责同志']);
    const groupRole: LeadingGroupRole =
      i === 0 ? 'HEAD' : i < 5 ? 'DEPUTY_HEAD' : random.chance(0.7) ? 'MEMBER' : 'NONE';
    return {
      id: i + 1,
      name: personName(random),
      post: `${unit.name}${post}`,
      unitId: unit.id,
      groupRole,
    };
  });
}
