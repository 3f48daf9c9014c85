// 领导小组通知: the notice that sets up the campaign's leading group — its members
// and roles from 设置, its duties (the campaign's reporting duties among them)
// and its office.
import type { OfficialDocument } from '../../../../shared/document';
import { GROUP_ROLES } from '../../../../shared/channels/documents';
import { Blocks, blank, duesText, head, hospitalName, level1, level2, memberList, noticeCitation, t, type DraftInput } from './kit';
import { campaignTopic } from '../../campaigns/topic';

const ROLE_LABEL: Record<(typeof GROUP_ROLES)[number], string> = { 组长: '组　长', 副组长: '副组长', 成员: '成　员' };

export function draftGroupNotice(d: DraftInput): OfficialDocument {
  const file = d.figures.file;
  const topic = campaignTopic(file);
  const b = new Blocks('g');
  b.p(t(`为切实加强对${topic}工作的组织领导，确保各项工作落到实处，根据${noticeCitation(file)}要求，经研究，决定成立${hospitalName(d)}${topic}工作领导小组。现将有关事项通知如下：`));

  b.h(1, level1(1, '领导小组组成'));
  for (const role of GROUP_ROLES) {
    const members = d.settings.group.filter((m) => m.role === role);
    if (members.length) b.p(t(`${ROLE_LABEL[role]}：${memberList(members)}`));
    else if (role !== '副组长') b.p(t(`${ROLE_LABEL[role]}：`), blank(`领导小组${role}`));
  }

  b.h(1, level1(2, '领导小组职责'));
  b.h(2, level2(1, '统筹部署。'), t(`研究制定我院${topic}工作方案，统筹部署、协调推进各项整治任务。`));
  b.h(2, level2(2, '督促整改。'), t('督促各科室开展自查自纠，对发现的问题建立台账、限期整改，对整改情况进行验证销号。'));
  b.h(2, level2(3, '查处问题。'), t('对发现的违法违规问题线索依规依纪处理，涉嫌违纪违法的及时移送有关部门。'));
  b.h(2, level2(4, '按时报送。'), t(`汇总全院工作进展和统计数据，${duesText(file)}。`));

  b.h(1, level1(3, '领导小组办公室'));
  b.p(d.settings.groupOffice ? t(`${d.settings.groupOffice.replace(/[。；]$/, '')}，`) : blank('领导小组办公室设置'),
    t('负责专项整治的日常工作，做好组织协调、督促检查、信息汇总和材料报送。'));
  b.p(t('领导小组成员如有变动，由所在岗位接任人员自然替补，不再另行发文。'));

  return {
    kind: 'group',
    head: head(d, `关于成立${topic}工作领导小组的通知`, {
      issuerMark: d.settings.issuerMark || null,
      addressee: '院内各科室',
    }),
    body: b.list,
    attachments: [],
    colophon: null,
  };
}
