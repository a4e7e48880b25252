import type { Texts } from './types.ts';

/**
 * zxcvbn-ts advice, keyed as POST /v1/password-strength returns it in `feedback`. The English
 * texts are @zxcvbn-ts/language-en's own (catalogue.test.ts keeps them equal).
 */
export const ZXCVBN_WARNINGS = {
  straightRow: {
    en: 'Straight rows of keys on your keyboard are easy to guess.',
    'zh-CN': '键盘上连成一排的按键很容易被猜到。',
    'zh-HK': '鍵盤上連成一行的按鍵很容易被猜中。',
  },
  keyPattern: { en: 'Short keyboard patterns are easy to guess.', 'zh-CN': '简短的键盘图案很容易被猜到。', 'zh-HK': '簡短的鍵盤圖案很容易被猜中。' },
  simpleRepeat: {
    en: 'Repeated characters like "aaa" are easy to guess.',
    'zh-CN': '像"aaa"这样的重复字符很容易被猜到。',
    'zh-HK': '像「aaa」這樣的重複字元很容易被猜中。',
  },
  extendedRepeat: {
    en: 'Repeated character patterns like "abcabcabc" are easy to guess.',
    'zh-CN': '像"abcabcabc"这样的重复模式很容易被猜到。',
    'zh-HK': '像「abcabcabc」這樣的重複模式很容易被猜中。',
  },
  sequences: {
    en: 'Common character sequences like "abc" are easy to guess.',
    'zh-CN': '像"abc"这样的常见序列很容易被猜到。',
    'zh-HK': '像「abc」這樣的常見序列很容易被猜中。',
  },
  recentYears: { en: 'Recent years are easy to guess.', 'zh-CN': '近年的年份很容易被猜到。', 'zh-HK': '近年的年份很容易被猜中。' },
  dates: { en: 'Dates are easy to guess.', 'zh-CN': '日期很容易被猜到。', 'zh-HK': '日期很容易被猜中。' },
  topTen: { en: 'This is a heavily used password.', 'zh-CN': '这是被大量使用的密码。', 'zh-HK': '這是被大量使用的密碼。' },
  topHundred: { en: 'This is a frequently used password.', 'zh-CN': '这是经常被使用的密码。', 'zh-HK': '這是經常被使用的密碼。' },
  common: { en: 'This is a commonly used password.', 'zh-CN': '这是常用密码。', 'zh-HK': '這是常用密碼。' },
  similarToCommon: { en: 'This is similar to a commonly used password.', 'zh-CN': '这与常用密码相似。', 'zh-HK': '這與常用密碼相似。' },
  wordByItself: { en: 'Single words are easy to guess.', 'zh-CN': '单个单词很容易被猜到。', 'zh-HK': '單一字詞很容易被猜中。' },
  namesByThemselves: {
    en: 'Single names or surnames are easy to guess.',
    'zh-CN': '单独的名字或姓氏很容易被猜到。',
    'zh-HK': '單獨的名字或姓氏很容易被猜中。',
  },
  commonNames: { en: 'Common names and surnames are easy to guess.', 'zh-CN': '常见的名字和姓氏很容易被猜到。', 'zh-HK': '常見的名字和姓氏很容易被猜中。' },
  userInputs: {
    en: 'There should not be any personal or page related data.',
    'zh-CN': '不要包含个人信息（如手机号或用户名）。',
    'zh-HK': '不要包含個人資料（如電話號碼或用戶名稱）。',
  },
  pwned: {
    en: 'Your password was exposed by a data breach on the Internet.',
    'zh-CN': '此密码曾在网络数据泄露中出现。',
    'zh-HK': '此密碼曾在網上資料外洩中出現。',
  },
} satisfies Record<string, Texts>;

export const ZXCVBN_SUGGESTIONS = {
  l33t: {
    en: "Avoid predictable letter substitutions like '@' for 'a'.",
    'zh-CN': '避免可预测的字母替换，如用"@"代替"a"。',
    'zh-HK': '避免可預測的字母替換，如用「@」代替「a」。',
  },
  reverseWords: { en: 'Avoid reversed spellings of common words.', 'zh-CN': '避免把常见单词倒着拼写。', 'zh-HK': '避免把常見字詞倒轉拼寫。' },
  allUppercase: { en: 'Capitalize some, but not all letters.', 'zh-CN': '部分字母大写，而不是全部大写。', 'zh-HK': '部分字母大寫，而非全部大寫。' },
  capitalization: { en: 'Capitalize more than the first letter.', 'zh-CN': '不只首字母大写。', 'zh-HK': '不只首字母大寫。' },
  dates: { en: 'Avoid dates and years that are associated with you.', 'zh-CN': '避免使用与您相关的日期和年份。', 'zh-HK': '避免使用與你相關的日期和年份。' },
  recentYears: { en: 'Avoid recent years.', 'zh-CN': '避免使用近年的年份。', 'zh-HK': '避免使用近年的年份。' },
  associatedYears: { en: 'Avoid years that are associated with you.', 'zh-CN': '避免使用与您相关的年份。', 'zh-HK': '避免使用與你相關的年份。' },
  sequences: { en: 'Avoid common character sequences.', 'zh-CN': '避免常见的字符序列。', 'zh-HK': '避免常見的字元序列。' },
  repeated: { en: 'Avoid repeated words and characters.', 'zh-CN': '避免重复的单词和字符。', 'zh-HK': '避免重複的字詞和字元。' },
  longerKeyboardPattern: {
    en: 'Use longer keyboard patterns and change typing direction multiple times.',
    'zh-CN': '使用更长的键盘图案，并多次改变输入方向。',
    'zh-HK': '使用更長的鍵盤圖案，並多次改變輸入方向。',
  },
  anotherWord: { en: 'Add more words that are less common.', 'zh-CN': '再加几个不常见的单词。', 'zh-HK': '再加幾個不常見的字詞。' },
  useWords: { en: 'Use multiple words, but avoid common phrases.', 'zh-CN': '使用多个单词，但避免常见短语。', 'zh-HK': '使用多個字詞，但避免常見短語。' },
  noNeed: {
    en: 'You can create strong passwords without using symbols, numbers, or uppercase letters.',
    'zh-CN': '不用符号、数字或大写字母也能设置安全的密码。',
    'zh-HK': '不用符號、數字或大寫字母也能設定安全的密碼。',
  },
  pwned: {
    en: 'If you use this password elsewhere, you should change it.',
    'zh-CN': '如果您在其他地方使用此密码，请更改。',
    'zh-HK': '如你在其他地方使用此密碼，請更改。',
  },
} satisfies Record<string, Texts>;
