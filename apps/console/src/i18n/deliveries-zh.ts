/** The words of the deliveries page (zh-CN). */
export const deliveriesZh = {
  resources: {
    deliveries: { name: '消息发送 |||| 消息发送' },
  },
  rectify: {
    deliveries: {
      help: '发往邮箱和企业微信、钉钉群机器人的每条消息都在此列出，每条只发送一次；发送失败会自动重试，间隔逐次加长，免打扰时段内的消息待时段结束后发送。',
      all: '全部',
      none: '暂无发送记录',
      channel: '渠道',
      kind: '类型',
      recipient: '接收方',
      status: '状态',
      attempts: '尝试次数',
      created: '创建时间',
      sent: '发送时间',
      notBefore: '发送时间不早于',
      error: '错误信息',
      digest: '每日汇总',
      retry: '重新发送',
      retried: '已重新排队',
      cancel: '取消发送',
      cancelled: '已取消',
    },
  },
};
