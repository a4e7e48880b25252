import type { Texts } from './types.ts';

/** Logging in (password, SMS code, passkey), the new-device step, and the forgotten password. */
export const LOGIN = {
  'login.title': { en: 'Log in', 'zh-CN': '登录', 'zh-HK': '登入' },
  'login.ways': { en: 'How to log in', 'zh-CN': '登录方式', 'zh-HK': '登入方式' },
  'login.tabPassword': { en: 'With password', 'zh-CN': '密码登录', 'zh-HK': '密碼登入' },
  'login.tabCode': { en: 'With SMS code', 'zh-CN': '验证码登录', 'zh-HK': '驗證碼登入' },
  'login.identifier': { en: 'Mobile number or handle', 'zh-CN': '手机号或用户名', 'zh-HK': '電話號碼或用戶名稱' },
  'login.identifierHint': {
    en: 'A number with its country code (+86…, +852…), or your handle.',
    'zh-CN': '手机号请带国家码（如 +86…），或输入用户名。',
    'zh-HK': '電話號碼請加國家碼（如 +852…），或輸入用戶名稱。',
  },
  'login.password': { en: 'Password', 'zh-CN': '密码', 'zh-HK': '密碼' },
  'login.submit': { en: 'Log in', 'zh-CN': '登录', 'zh-HK': '登入' },
  'login.passkey': { en: 'Log in with a passkey', 'zh-CN': '使用通行密钥登录', 'zh-HK': '使用密鑰登入' },
  'login.unfreeze': { en: 'Unfreeze my account', 'zh-CN': '解冻账号', 'zh-HK': '解凍帳戶' },
  'login.forgot': { en: 'Forgot your password?', 'zh-CN': '忘记密码？', 'zh-HK': '忘記密碼？' },
  'login.noAccount': { en: 'New here?', 'zh-CN': '还没有账号？', 'zh-HK': '還沒有帳戶？' },
  'login.codeSent': {
    en: 'If {phone} has an account, a code is on its way.',
    'zh-CN': '如果 {phone} 已注册，验证码将发送至该号码。',
    'zh-HK': '如果 {phone} 已經註冊，驗證碼將傳送至該號碼。',
  },
  'newDevice.title': { en: 'Confirm it is you', 'zh-CN': '验证身份', 'zh-HK': '驗證身份' },
  'newDevice.intro': {
    en: 'This device is new to your account. Choose how to confirm it is you.',
    'zh-CN': '这是您账号的新设备，请选择验证方式。',
    'zh-HK': '這是你帳戶的新裝置，請選擇驗證方式。',
  },
  'method.sms': { en: 'Text a code to my phone', 'zh-CN': '短信验证码', 'zh-HK': '短訊驗證碼' },
  'method.totp': { en: 'Code from my authenticator app', 'zh-CN': '身份验证器中的动态码', 'zh-HK': '驗證器應用程式中的驗證碼' },
  'method.passkey': { en: 'Use a passkey', 'zh-CN': '使用通行密钥', 'zh-HK': '使用密鑰' },
  'method.recovery_code': { en: 'Use a recovery code', 'zh-CN': '使用恢复码', 'zh-HK': '使用復原碼' },
  'newDevice.smsSent': { en: 'We sent a code to your phone.', 'zh-CN': '验证码已发送至您的手机。', 'zh-HK': '驗證碼已傳送至你的手機。' },
  'newDevice.totp': { en: 'Authenticator code', 'zh-CN': '动态验证码', 'zh-HK': '驗證器驗證碼' },
  'newDevice.totpHint': {
    en: 'The 6 digits your authenticator app shows now.',
    'zh-CN': '身份验证器当前显示的 6 位数字。',
    'zh-HK': '驗證器目前顯示的 6 位數字。',
  },
  'newDevice.recovery': { en: 'Recovery code', 'zh-CN': '恢复码', 'zh-HK': '復原碼' },
  'newDevice.recoveryHint': { en: 'Each recovery code works once.', 'zh-CN': '每个恢复码只能使用一次。', 'zh-HK': '每個復原碼只可使用一次。' },
  'newDevice.other': { en: 'Use another way', 'zh-CN': '换一种方式', 'zh-HK': '使用其他方式' },
  'forgot.title': { en: 'Reset your password', 'zh-CN': '重置密码', 'zh-HK': '重設密碼' },
  'forgot.intro': {
    en: 'Enter your mobile number. If it has an account, we will text it a code.',
    'zh-CN': '请输入手机号。如该号码已注册，我们将发送验证码。',
    'zh-HK': '請輸入電話號碼。如該號碼已註冊，我們會傳送驗證碼。',
  },
  'forgot.newPassword': { en: 'New password', 'zh-CN': '新密码', 'zh-HK': '新密碼' },
  'forgot.submit': { en: 'Set the new password', 'zh-CN': '设置新密码', 'zh-HK': '設定新密碼' },
  'forgot.done': {
    en: 'Your password is changed, and every other session has ended.',
    'zh-CN': '密码已重置，其他会话均已退出。',
    'zh-HK': '密碼已重設，所有其他工作階段已登出。',
  },
  'forgot.factor': {
    en: 'Your account has a second factor: confirm with it too.',
    'zh-CN': '您的账号已开启两步验证，请再完成一项验证。',
    'zh-HK': '你的帳戶已啟用兩步驗證，請再完成一項驗證。',
  },
} satisfies Record<string, Texts>;
