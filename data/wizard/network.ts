import type { WizardBranch } from '../wizard.schema.ts'

/** Nothing comes back at all: a proxy or VPN, no network, or a web app the browser blocks. */
export const networkBranch: WizardBranch = {
  questions: {
    vpn: {
      text: { zh: '你在用 VPN、代理或加速器吗？', en: 'Are you on a VPN, a proxy or an accelerator?' },
      answers: [
        { id: 'vpn-on', label: { zh: '在用', en: 'Yes' }, next: 'vpn-proxy' },
        { id: 'vpn-off', label: { zh: '没有', en: 'No' }, next: 'other-sites' },
      ],
    },
    'other-sites': {
      text: { zh: '这台设备上，其他网站能正常打开吗？', en: 'Do other websites open normally on this device?' },
      answers: [
        { id: 'sites-fail', label: { zh: '也打不开或很慢', en: 'No, or they are very slow' }, next: 'network-down' },
        { id: 'sites-work', label: { zh: '都正常', en: 'Yes, they work' }, next: 'app-kind' },
      ],
    },
    'app-kind': {
      text: { zh: '你用的是哪一类应用？', en: 'What kind of app do you use?' },
      answers: [
        {
          id: 'web-app',
          label: {
            zh: '在浏览器里打开的网页版，或浏览器插件',
            en: 'A web page in the browser, or a browser extension',
          },
          next: 'browser-blocked',
        },
        {
          id: 'installed-app',
          label: {
            zh: '电脑或手机上安装的应用，或自己写的程序',
            en: 'An app installed on a computer or phone, or my own code',
          },
          next: 'base-url-unsure',
        },
      ],
    },
  },
  leaves: {
    'vpn-proxy': {
      cause: 'network',
      title: {
        zh: 'VPN 或代理挡住了或拖慢了到接口的连接。',
        en: 'The VPN or proxy blocks or slows down the connection to the API.',
      },
      steps: [
        { zh: '暂时关掉 VPN 或代理，再试一次。', en: 'Turn the VPN or proxy off for a moment and try again.' },
        {
          zh: '关掉后能用：把接口域名加入代理的“直连”名单，或换一个节点。',
          en: "If that works, add the API's domain to the proxy's direct list, or switch servers.",
        },
        {
          zh: '运行连接测试，看是哪一步连不上。',
          en: 'Run the connection test to see which step cannot connect.',
        },
      ],
      articles: ['/troubleshooting/network#vpn-and-proxy'],
      connectionTest: { base: true, defaultModel: false },
    },
    'network-down': {
      cause: 'network',
      title: {
        zh: '这台设备的网络本身有问题，不只是这个应用。',
        en: 'The network on this device is the problem, not only this app.',
      },
      steps: [
        {
          zh: '换一个网络试试，比如从 Wi-Fi 切到手机流量。',
          en: 'Try another network, for example mobile data instead of Wi-Fi.',
        },
        { zh: '重启路由器或设备的网络连接。', en: "Restart the router or the device's network connection." },
        {
          zh: '网络恢复后运行连接测试确认。',
          en: 'Once the network is back, run the connection test to confirm.',
        },
      ],
      articles: ['/troubleshooting/network#dns', '/troubleshooting/network#tls-certificate'],
      connectionTest: { base: true, defaultModel: false },
    },
    'browser-blocked': {
      cause: 'cors',
      title: {
        zh: '浏览器拦下了网页对接口的请求（跨域限制），应用里只看到“网络错误”。',
        en: 'The browser blocked the web page from calling the API (CORS), so the app only shows "network error".',
      },
      steps: [
        {
          zh: '确认网页版应用里的接口地址填的是本平台的 API 地址，不是控制台地址。',
          en: "Check the web app's base URL is our API address, not the console's.",
        },
        {
          zh: '关掉可能改写请求的浏览器插件（广告拦截、隐私类）再试。',
          en: 'Turn off browser extensions that may rewrite requests (ad blockers, privacy tools) and retry.',
        },
        {
          zh: '运行连接测试：它会区分跨域拦截和网络不通。',
          en: 'Run the connection test: it tells a CORS block from a network failure.',
        },
      ],
      articles: ['/troubleshooting/base-url#console-url'],
      connectionTest: { base: true, defaultModel: false },
    },
  },
}
