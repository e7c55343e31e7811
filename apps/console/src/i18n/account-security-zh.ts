/** The words of password resets, their approval and the sign-in unlock (zh-CN). */
export const accountSecurityZh = {
  resources: {
    passwordResetApprovals: { name: '账号重置审批 |||| 账号重置审批' },
  },
  rectify: {
    reset: {
      confirm:
        '将生成一次性重置码，由本人凭码设置新密码；原密码和登录随即失效。纪检监察账号须经另一名纪检监察人员审批，重置码交给审批人而非管理员。',
      codeIssued: '请将以下重置码当面交给账号本人，由本人在登录页“我有重置码”处设置新密码：',
      codeOnce: '重置码只显示这一次，72 小时内有效。',
      awaitingApproval:
        '这是纪检监察账号：重置须经另一名纪检监察人员审批，重置码将交给审批人，不会显示给管理员。',
      latest: '最近一次重置：%{status}',
      unlock: '解除登录限制',
      unlocked: '已解除 %{smart_count} 处登录限制',
      approvalsHelp:
        '系统管理员对纪检监察账号的密码重置和新开通，须经另一名纪检监察人员审批。请确认确系本人申请后再批准；批准后重置码只显示一次，请当面交给本人。',
      noneAwaiting: '没有待审批的账号重置',
      account: '账号',
      reason: '事由',
      requested: '申请人 · 时间',
      approve: '批准并生成重置码',
      reject: '驳回',
      rejected: '已驳回',
      handOver: '请将重置码当面交给 %{who}:',
      haveCode: '我有重置码',
      backToSignIn: '返回登录',
      redeemHeading: '凭重置码设置新密码',
      redeemHelp: '输入用户名、收到的重置码和新密码',
      code: '重置码',
      redeem: '设置新密码并登录',
      redeemed: '新密码已设置',
    },
  },
};
