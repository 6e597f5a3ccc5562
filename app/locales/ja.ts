import type { Messages } from "./en";

const ja = {
  app: {
    name: "自治体気候変動対策ベンチマーク",
    shortName: "気候ベンチマーク",
    tagline: "貴団体の地球温暖化対策は、その権限と実務上の余地に照らして、どこまで進んでいるでしょうか。",
    skipToContent: "本文へ移動",
    demoBadge: "デモ",
    demoNotice: "この環境には架空のデモ自治体が表示されています。名称や数値はすべて架空のものです。",
  },
  nav: {
    main: "メインナビゲーション",
    home: "ホーム",
    catalogue: "施策カタログ",
    partnerships: "パートナーシップ",
    research: "研究者用",
    admin: "管理",
    signIn: "ログイン",
    signOut: "ログアウト",
  },
  language: {
    label: "言語",
    de: "Deutsch",
    en: "English",
    ja: "日本語",
  },
  home: {
    intro:
      "日本・ドイツ・米国の自治体は、それぞれ大きく異なる法的権限のもとで地球温暖化対策に取り組んでいます。本ベンチマークは、各自治体が自らの取組の余地に対してどこまで施策を実施しているかを測り、削減効果の直接性で施策に重みを付け、次に取り組むべき効果的な施策を示します。順位表は作りません。",
    howTitle: "仕組み",
    howAssess: "回答：自治体の担当者が、法的権限・実務上の余地と各施策の実施状況について、版管理された調査票に回答します。",
    howProfile: "把握：回答から、施策分野ごとの取組状況（アクティビティ・プロファイル）を取組の余地と並べて示します。",
    howRecommend: "実行：効率の高い次の施策を推奨します。類似自治体との比較は分布の幅で示し、順位は示しません。",
    howMeet: "交流：ワークショップで日本・ドイツ・米国の自治体が経験を共有し、気候パートナーシップを結びます。",
    participatingTitle: "参加自治体",
    participatingCount_one: "{{count}}団体が参加しています。",
    participatingCount_other: "{{count}}団体が参加しています。",
    countryCount: "{{country}}：{{count}}",
    catalogueLink: "施策カタログと各国の法的権限を見る",
    signInPrompt: "自治体職員、研究者、ワークショップ参加者はログインしてください。",
  },
  country: {
    DE: "ドイツ",
    JP: "日本",
    US: "米国",
  },
  error: {
    notFoundTitle: "ページが見つかりません",
    notFoundBody: "お探しのページは存在しないか、閲覧する権限がありません。",
    genericTitle: "エラーが発生しました",
    genericBody: "処理を完了できませんでした。保存済みの回答には影響ありません。もう一度お試しください。",
    backHome: "トップページへ戻る",
  },
} satisfies Messages;

export default ja;
