/** The word of a light (DOMAIN.md §9), as the 绩效运行监控表 prints it in its filled cell and the draft report writes it. */
import type { Light } from './types';

const LIGHT_WORD: Readonly<Record<Exclude<Light, 'grey'>, string>> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** 绿灯 / 黄灯 / 红灯, and for grey why: 未填报 or 无法判断. */
export function lightWord(light: Light, notReported = true): string {
  if (light === 'grey') return notReported ? '未填报' : '无法判断';
  return LIGHT_WORD[light];
}
