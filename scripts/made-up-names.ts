/**
 * Made-up Chinese names for benches and tests that need thousands of distinct people: a common
 * surname and two given characters, the k-th name for k = 0, 1, 2, … (all distinct for the first
 * SURNAMES × GIVEN² of them, about 330,000), the same on every run.
 */
const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const GIVEN = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅志海鹏飞述毅泽民庆春文利光荣新宇晓云"];

export function madeUpName(k: number): string {
  const g = Math.floor(k / SURNAMES.length);
  return (
    SURNAMES[k % SURNAMES.length]! + GIVEN[g % GIVEN.length]! + GIVEN[Math.floor(g / GIVEN.length) % GIVEN.length]!
  );
}
