import type { WizardBranch, WizardLeaf, WizardQuestion, WizardTree } from './wizard.schema.ts'
import { noReplyBranch } from './wizard/no-reply.ts'
import { balanceBranch } from './wizard/balance.ts'
import { keyBranch } from './wizard/keys.ts'
import { modelBranch } from './wizard/models.ts'
import { requestBranch } from './wizard/request.ts'
import { networkBranch } from './wizard/network.ts'
import { streamBranch } from './wizard/streams.ts'
import { timeoutBranch } from './wizard/timeouts.ts'
import { mediaBranch } from './wizard/media.ts'
import { baseUrlBranch } from './wizard/base-url.ts'
import { agentBranch } from './wizard/agents.ts'

/** The first question: each answer opens one of the branches below, one file each. */
const symptom: WizardQuestion = {
  text: { zh: '现在遇到的是哪种情况？', en: 'What is happening?' },
  answers: [
    {
      id: 'no-reply',
      label: { zh: '发出消息后 AI 不回复，或者弹出错误', en: 'I send a message and get no reply, or an error' },
      next: 'topup',
    },
    {
      id: 'worked-before',
      label: { zh: '这个对话之前能用，聊着聊着就不回了', en: 'This chat worked before, then it stopped replying' },
      next: 'new-chat',
    },
    {
      id: 'cut-off',
      label: { zh: '回复开始了，但说到一半就停了', en: 'The reply starts, then stops halfway' },
      next: 'cutoff-network',
    },
    {
      id: 'spinning',
      label: { zh: '一直在转圈加载，最后提示超时', en: 'It keeps loading, then says it timed out' },
      next: 'input-size',
    },
    {
      id: 'media',
      label: { zh: '生成图片或视频的任务卡住或失败了', en: 'An image or video task is stuck or failed' },
      next: 'media-state',
    },
    {
      id: 'new-setup',
      label: { zh: '刚配置好的应用，一次都没成功过', en: 'I just set up an app and it has never worked' },
      next: 'base-url-ending',
    },
    {
      id: 'agent-setup',
      label: {
        zh: '我在把密钥接进编程助手、工作流工具或自己的代码',
        en: 'I am putting my key into a coding agent, a workflow tool or my own code',
      },
      next: 'agent-tool',
    },
  ],
}

/**
 * The tree from its branch files (keyed by file name). An id written in two files would quietly
 * keep only the later one when records are spread together, so that throws naming both files.
 * Here, not beside the schema: the page imports this module, and the schema's zod must stay out
 * of the browser (it tries `new Function` for its compiled checks, which the site's script policy
 * refuses and the browser tests report).
 */
export function joinWizardBranches(start: string, branches: Record<string, WizardBranch>): WizardTree {
  const questions: Record<string, WizardQuestion> = {}
  const leaves: Record<string, WizardLeaf> = {}
  const fileOf = new Map<string, string>()
  const claim = (id: string, file: string) => {
    const earlier = fileOf.get(id)
    if (earlier) throw new Error(`Wizard node ${id} is written twice: in ${earlier} and in ${file}`)
    fileOf.set(id, file)
  }
  for (const [file, branch] of Object.entries(branches)) {
    for (const [id, question] of Object.entries(branch.questions)) {
      claim(id, file)
      questions[id] = question
    }
    for (const [id, leaf] of Object.entries(branch.leaves)) {
      claim(id, file)
      leaves[id] = leaf
    }
  }
  return { start, questions, leaves }
}

/**
 * The troubleshooting wizard: questions anyone can answer, each path ending in one cause and
 * its fix. Ids are in the URLs support staff send (`/tools/wizard?path=symptom.no-reply/…`), so
 * never rename one; add new ids instead. `{syncTypical}` and `{syncPeak}` are the minutes a
 * top-up takes to reach the API, from `data/gateway.ts`. Checked by `data/wizard.schema.ts`.
 */
export const wizardTree: WizardTree = joinWizardBranches('symptom', {
  'data/wizard.ts': { questions: { symptom }, leaves: {} },
  'data/wizard/no-reply.ts': noReplyBranch,
  'data/wizard/balance.ts': balanceBranch,
  'data/wizard/keys.ts': keyBranch,
  'data/wizard/models.ts': modelBranch,
  'data/wizard/request.ts': requestBranch,
  'data/wizard/network.ts': networkBranch,
  'data/wizard/streams.ts': streamBranch,
  'data/wizard/timeouts.ts': timeoutBranch,
  'data/wizard/media.ts': mediaBranch,
  'data/wizard/base-url.ts': baseUrlBranch,
  'data/wizard/agents.ts': agentBranch,
})
