/** The words of the jobs page (zh-CN). */
export const jobsZh = {
  resources: {
    jobs: { name: '后台任务 |||| 后台任务' },
  },
  rectify: {
    jobs: {
      help: '每日提醒等后台任务在此排队运行，无论运行几台服务器，每项只运行一次；失败的任务会自动重试，间隔逐次加长。',
      all: '全部',
      none: '暂无后台任务',
      kind: '任务',
      state: '状态',
      attempts: '尝试次数',
      created: '创建时间',
      started: '开始时间',
      completed: '结束时间',
      nextAttempt: '下次尝试',
      error: '错误信息',
      retry: '重试',
      retried: '已重新排队',
    },
  },
};
