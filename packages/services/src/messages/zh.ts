import { chineseDate, DisposalMethod, IssueKind, type Label, TaskTerm } from '@rectify/domain';

/** What the services say to people, in Chinese, by feature: the catalogue every other language follows. */
export const zh = {
  auth: {
    administratorGaveDisciplineRole: (p: { who: string; awaitingApproval: boolean }) =>
      `系统管理员将账号${p.who}改为纪检监察角色${p.awaitingApproval ? '，待审批开通' : ''}`,
    accountNoLongerDisciplineRole: (p: { who: string }) => `账号${p.who}已不再是纪检监察角色`,
    administratorAskedResetPasswordDiscipline: (p: { whoIsBefore: string }) =>
      `系统管理员申请重置纪检监察账号${p.whoIsBefore}的密码，待审批`,
    administratorAskedResetYourPassword:
      '系统管理员申请重置您的密码，须经另一名纪检监察人员审批；审批后由审批人将重置码交给您本人',
    administratorCreatedDisciplineAccountAwaiting: (p: { whoIsUser: string }) =>
      `系统管理员新建了纪检监察账号${p.whoIsUser}，待审批开通`,
    administratorResetYourPasswordOld:
      '系统管理员重置了您的密码：原密码和登录已失效，请凭管理员交给您的重置码设置新密码。如非本人申请，请立即报告',
    apiClient: '接口令牌',
    chooseLeastOneScope: '至少选择一项授权范围',
    currentPasswordWrong: '当前密码不正确',
    department: '协作部门',
    disciplineAccountReactivated: (p: { who: string }) => `纪检监察账号${p.who}已重新启用`,
    disciplineAccountSPasswordSet:
      '纪检监察账号的密码由本人设置：经另一名纪检监察人员审批后，凭审批人交付的重置码设置',
    displayName: '姓名',
    expires: '有效期至',
    expiryMustFuture: '有效期必须晚于现在',
    expiryNotValidTime: '有效期不是有效时间',
    invalidRolePartnersUseApi: '角色无效（协作部门使用接口令牌，不是用户）',
    lastActiveAdministratorCannotDeactivated: '这是最后一个启用的系统管理员账号，不能停用或改为其他角色',
    leader: '对应领导',
    minutes: (p: { minutes: number }) => `${p.minutes}分钟`,
    name: '令牌名称',
    newPasswordMustDifferCurrent: '新密码不能与当前密码相同',
    newPasswordSetResetCode: (p: { address: string }) =>
      `已凭重置码设置新密码并登录（地址 ${p.address}）；如非本人操作，请立即报告`,
    onlyLeaderUsersBoundLeader: '只有责任领导角色绑定领导',
    onlyUnitUsersBoundUnit: '只有责任单位角色绑定单位',
    password: '密码',
    passwordMustLeastCharacters: (p: { PASSWORD_MIN_LENGTH: number }) => `密码至少${p.PASSWORD_MIN_LENGTH}位`,
    passwordMustMostCharacters: (p: { PASSWORD_MAX_LENGTH: number }) =>
      `密码不能超过${p.PASSWORD_MAX_LENGTH}位`,
    passwordReset: '密码重置',
    passwordResetAlreadyBeenDecided: '该密码重置已处理或已取消',
    passwordResetDisciplineAccountApproved: (p: { whoIsHolder: string }) =>
      `纪检监察账号${p.whoIsHolder}的密码重置已获审批，重置码由审批人交给本人；原密码和登录已失效`,
    passwordResetDisciplineAccountRefused: (p: { whoIsHolder: string }) =>
      `纪检监察账号${p.whoIsHolder}的密码重置申请已被驳回`,
    role: '角色',
    scopes: '授权范围',
    seconds: (p: { seconds: number }) => `${p.seconds}秒`,
    tokenMayLiveMostOne: '令牌有效期不能超过一年',
    tooManyFailedSignIns: (p: { wait: Label }) => `登录失败次数过多，请${p.wait.zh}后再试`,
    unit: '所属单位',
    unknownScope: (p: { scope: string }) => `未知的授权范围：${p.scope}`,
    user: '用户',
    username: '用户名',
    username332LowercaseLetters: '用户名为3至32位小写字母、数字或 . _ -',
    usernameTaken: (p: { username: string }) => `用户名“${p.username}”已被使用`,
    wrongUsernamePassword: '用户名或密码错误',
    wrongUsernameResetCodeCode: '用户名或重置码错误，或重置码已失效',
    youCannotDeactivateYourOwn: '不能停用自己的账号',
  },
  changeFeed: {
    firstOutOfRange: (p: { max: number }) => `first应为1至${p.max}之间的整数`,
    notCursorFeed: '不是本变更流的游标',
  },
  clues: {
    methodEndsCaseNoDeadline: (p: { method: DisposalMethod; deadlineField: Label }) =>
      `“${DisposalMethod.label(p.method)}”即结束办理，不设${p.deadlineField.zh}`,
    assignedOwningLeader: '变更包案领导',
    caseAlreadyEscalated: '线索已提级办理，不能重复提级',
    caseAlreadyLinkedDuplicateUndo: (p: { first: string }) =>
      `该线索已关联为${p.first}的重复件；如需改为关联其他线索，请先取消关联`,
    caseCanNoLonger: (p: { status: Label; what: Label }) => `线索${p.status.zh}，不能再${p.what.zh}`,
    caseCannotDuplicateItself: '线索不能关联为自身的重复件',
    caseIdentityDisclosureRequestAwaiting: (p: { serial: string }) =>
      `线索${p.serial}有一项身份知悉申请待您审批`,
    caseLinkedDuplicateDisposedUndo: (p: { first: string }) =>
      `该线索已作为${p.first}的重复件关联，随首次受理的线索一并处置；如确非重复，请先取消关联`,
    caseNewOwnerApprovedDisclosure: (p: { serial: string }) =>
      `线索${p.serial}新增一名承办人（身份披露经审批）`,
    caseNotLinkedDuplicate: '该线索未关联为重复件',
    caseSLinkedOneDuplicates: (p: { linkedToIt: number }) =>
      `已有${p.linkedToIt}件线索关联为本线索的重复件，本线索不能再关联为其他线索的重复件`,
    caseTransferredInspectionTeamNames: '巡视组移交的线索须注明巡视轮次',
    clueCase: '问题线索',
    clueCaseChangedSomeoneElse: (p: { CLUE_LABEL: Label }) =>
      `${p.CLUE_LABEL.zh}已被他人同时修改，请刷新后重试`,
    clueCaseHistory: '线索处置记录',
    comment: '审批意见',
    corrected: '修改登记信息',
    deadline: '办理时限',
    deadlineCannotBeforeReceivedDate: (p: { deadlineField: Label; receivedDate: string }) =>
      `${p.deadlineField.zh}不能早于受理日期（${chineseDate(p.receivedDate)}）`,
    disclosureDecidedAnotherOwnerNeither: '身份知悉申请须由申请人和拟知悉人以外的另一名承办人审批',
    disposalMethod: '处置方式',
    duplicateLinkAlreadyConfirmed: '该重复件关联已确认',
    escalated: '提级办理',
    firstIntake: '首次受理的线索',
    givenWhenCaseConcludedFiled: (p: { fieldField: Label }) => `${p.fieldField.zh}在办结或立案时填写`,
    grantee: '拟知悉人',
    identityDisclosureRequest: '身份知悉申请',
    informant: '举报人',
    inspection: '巡视轮次',
    justTakenMaySameClue: (p: { serial: string; firstSerial: string }) =>
      `新受理的${p.serial}与您承办的${p.firstSerial}可能为同一线索，请核对后决定是否关联为重复件`,
    kind: '线索类别',
    nameLeastOneOwnerHandler: '至少指定一名承办人',
    note: '说明',
    onlyOwnersDecideDisclosure: '只有本线索的承办人可以审批身份知悉申请',
    onlyOwnersEditIdentity: '只有本线索的承办人可以修改被反映人和举报人信息',
    onlyOneWhoAskedMay: '只有申请人可以撤回申请',
    outcome: '核查结论',
    owners: '承办人',
    owningLeader: '包案领导',
    reason: '申请理由',
    receivedDate: '受理日期',
    receivedDateCannotAfterDeadline: (p: { receivedDateField: Label; deadline: string | null }) =>
      `${p.receivedDateField.zh}不能晚于办理时限（${chineseDate(p.deadline)}）`,
    receivedDateCannotAfterToday: (p: { receivedDateField: Label; today: string }) =>
      `${p.receivedDateField.zh}不能晚于今天（${chineseDate(p.today)}）`,
    reopenedCaseDisposedTalkLetter: '重新启用的线索应采用谈话函询或初步核实方式处置',
    requestCanNoLongerDecided: (p: { status: Label }) => `该申请${p.status.zh}，不能再处理`,
    responsibleBody: '归口处置单位',
    sanctions: '处理处分情况',
    source: '线索来源',
    subject: '被反映人',
    subjectInformant: '被反映人和举报人',
    summary: '反映事项',
    userAlreadyOwnsCase: '该用户已是本线索的承办人',
    userAlreadyPending: (p: { DISCLOSURE_LABEL: Label; id: number }) =>
      `该用户已有待审批的${p.DISCLOSURE_LABEL.zh}（${p.id}）`,
    userNotActiveDisciplineInspection: (p: { id: number }) => `用户（${p.id}）不是有效的纪检监察人员账号`,
    yourDisclosureApproved: (p: { serial: string }) => `您提出的线索${p.serial}身份知悉申请已获批准`,
    yourDisclosureRefused: (p: { serial: string }) =>
      `您提出的线索${p.serial}身份知悉申请未获批准，审批意见请在线索中查看`,
  },
  deliveries: {
    consoleAddressMustStartHttp: '系统地址应以 http:// 或 https:// 开头',
    delivery: '消息发送',
    eMailAddressNeededE: '选择邮件通知前请填写邮件地址',
    eMailAddressNotValid: '邮件地址无效',
    groupRobot: '群机器人',
    mailServer: '邮件服务器',
    name: '名称',
    onlyDeliveryNotYetSent: '只能取消尚未发送的消息',
    onlyFailedCancelledDeliveryCan: '只能重发失败或已取消的消息',
    portMustInteger165535: '端口应为1到65535之间的整数',
    robotServesOneUnitOne: '群机器人只能对应一个单位或一位领导',
    senderNotValidEMail: '发件人不是有效的邮件地址',
    somethingAwaitsYouPleaseSign: '您有一项新的事项，请登录系统查看。',
    timeMustHhMmChina: '时间格式应为 HH:MM（北京时间）',
    unknownNoticeKindMode: '通知类型或方式无效',
    webhookAddress: 'Webhook 地址',
  },
  documents: {
    chooseOneOf: (p: { field: string; values: readonly string[] }) => `请选择${p.values.join('、')}之一`,
    cannotRead: (p: { filename: string; message: string }) =>
      `无法读取“${p.filename}”：只支持 .txt、.md、.docx 文件`,
    draftHoldsNoIssues: '草稿中没有问题',
    fileEmpty: '文件为空',
    fileMustMost10Mb: '文件不能超过10MB',
    generatedFile: '生成的文件',
    invalid: (p: { kindField: Label }) => `${p.kindField.zh}无效`,
    usedTwiceDraft: (p: { code: string; codeField: Label }) => `编号“${p.code}”在草稿中重复`,
  },
  jobs: {
    job: '后台任务',
    onlyFailedJobCanRetried: '只能重试失败的后台任务',
  },
  kernel: {
    notAllowed: (p: { permissions: readonly string[] }) => `没有权限（${p.permissions.join('、')}）`,
    changedSomeoneElseReloadTry: (p: { entity: Label }) =>
      `${p.entity.zh}已被他人修改，请刷新后重试；您填写的内容已保留`,
    invalidInput: (p: { fieldErrorsLength: number }) => `输入有误（${p.fieldErrorsLength}处）`,
    mustMostCharacters: (p: { label: Label; max: number }) => `${p.label.zh}不能超过${p.max}个字`,
    notFound: (p: { entity: Label }) => `${p.entity.zh}不存在`,
    notFoundWithId: (p: { entity: Label; id: string | number }) => `${p.entity.zh}（${p.id}）不存在`,
    notValidDateFormat2018: (p: { label: Label }) => `${p.label.zh}不是有效日期（格式：2018-10-31）`,
    required: (p: { label: Label }) => `${p.label.zh}不能为空`,
    signFirstSessionExpired: '请先登录，或登录已过期',
  },
  ledger: {
    onlyLongTermTaskOngoing: `只有“${TaskTerm.label('LONG_TERM')}”的任务才能处于“基本完成、长期坚持”状态`,
    kindCannotBeUnder: (p: { child: IssueKind; above: IssueKind }) =>
      `“${IssueKind.label(p.child)}”不能列在“${IssueKind.label(p.above)}”之下`,
    alreadyUsedInspection: (p: { code: string; codeField: Label }) => `本轮巡视已有编号为“${p.code}”的问题`,
    belongsAnotherInspection: (p: { parentIdField: Label }) => `${p.parentIdField.zh}属于另一轮巡视`,
    cannotAlsoCoOperatingUnit: (p: { taskId?: number; leadUnitIdField: Label; coUnitIdsField: Label }) =>
      `${p.taskId == null ? '' : `任务（${p.taskId}）的`}${p.leadUnitIdField.zh}不能同时是${p.coUnitIdsField.zh}`,
    cannotBefore: (p: { fieldField: Label; before: Label; earlier: string }) =>
      `${p.fieldField.zh}不能早于${p.before.zh}（${chineseDate(p.earlier)}）`,
    coOperatingUnits: '配合单位',
    deadline: '完成时限',
    deadlineAlreadyOnlyApprovedExtension: (p: { deadlineField: Label; deadline: string }) =>
      `${p.deadlineField.zh}已确定为${chineseDate(p.deadline)}，只能通过延期申请审批后变更`,
    feedbackDate: '反馈日期',
    giveLeaderOrLeadUnit: (p: { leaderIdField: Label; leadUnitIdField: Label }) =>
      `请指定${p.leaderIdField.zh}或${p.leadUnitIdField.zh}`,
    inspectedOrganisation: '被巡视（巡察）单位',
    inspectingBody: '巡视（巡察）组',
    inspection: '巡视轮次',
    inspectionKind: '巡视或巡察',
    inspectionName: '巡视轮次名称',
    invalid: (p: { label: Label; value: string }) => `${p.label.zh}无效：${p.value}`,
    invalidStatus: (p: { statusField: Label; status: string }) => `${p.statusField.zh}无效：${p.status}`,
    issue: '反馈问题',
    issueCode: '问题编号',
    issueKind: '问题层级',
    issueMayMostTasks: (p: { MAX_POSITION: number }) => `一个问题的整改任务不能超过${p.MAX_POSITION}项`,
    issueTitle: '问题标题',
    leadLeader: '牵头领导',
    leadUnit: '牵头单位',
    level: '巡视层级',
    measure: '整改措施',
    mostIssuesMayShareParent: (p: { MAX_POSITION: number }) => `同一级下的问题不能超过${p.MAX_POSITION}个`,
    mostTasksMayAssignedOnce: (p: { BULK_ASSIGN_MAX: number; taskIdsField: Label }) =>
      `一次最多分派${p.BULK_ASSIGN_MAX}项${p.taskIdsField.zh}`,
    mustWholeNumber0100: (p: { percentField: Label }) => `${p.percentField.zh}应为0至100的整数`,
    positionOutOfRange: (p: { label: Label; MAX_POSITION: number }) =>
      `${p.label.zh}应为1至${p.MAX_POSITION}的整数`,
    onlyLeadUnitReportsProgress: '只有牵头单位可以报送进展；配合单位请向牵头单位提供材料',
    ordinal: '序号',
    parentIssue: '上级问题',
    percentComplete: '完成进度',
    period: '报送周期',
    position: '排列位置',
    progressText: '进展情况',
    rectificationDeadline: '集中整改期限',
    required: (p: { taskIdsField: Label }) => `请选择${p.taskIdsField.zh}`,
    response: '整改情况',
    responsibleLeader: '责任领导',
    site: '进驻日期',
    siteLeft: '离驻日期',
    status: '任务状态',
    subIssues: '下级问题',
    takenIssue: (p: { positionField: Label; position: number; code: string }) =>
      `${p.positionField.zh}${p.position}已被问题“${p.code}”占用`,
    target: '整改目标',
    task: '整改任务',
    taskClosedProgressCanNo: '任务已销号，不能再报送进展',
    tasks: '整改任务',
    term: '整改时限类型',
  },
  notifications: {
    daysPastDeadlineFinishRequest: (p: { caption: string; days: number; deadline: string }) =>
      `${p.caption}已超过完成时限（${chineseDate(p.deadline)}）${p.days}天，请抓紧整改或申请延期`,
    dueDays: (p: { caption: string; days: number; deadline: string }) =>
      `${p.caption}距完成时限（${chineseDate(p.deadline)}）还有${p.days}天`,
    findingVisitPastResponseDate: (p: { visitDate: string; responseDue: string }) =>
      `督查（${chineseDate(p.visitDate)}）发现的问题已超过反馈时限（${chineseDate(p.responseDue)}），请尽快反馈`,
    notification: '通知',
  },
  organisation: {
    stillReferencedCannotDeleted: (p: { label: Label; used: readonly { label: Label; count: number }[] }) =>
      `${p.label.zh}仍被引用，不能删除：${p.used.map((r) => `${r.label.zh}${r.count}条`).join('、')}`,
    alreadyTaken: (p: { nameField: Label; name: string }) => `${p.nameField.zh}“${p.name}”已存在`,
    cannotUnitItselfOneSub: (p: { parentIdField: Label }) => `${p.parentIdField.zh}不能是本单位或其下级单位`,
    coOperationsTasks: '配合任务',
    invalid: (p: { groupRoleField: Label; groupRole: string }) =>
      `${p.groupRoleField.zh}无效：${p.groupRole}`,
    invalidKind: (p: { kindField: Label; kind: string }) => `${p.kindField.zh}无效：${p.kind}`,
    issues: '反馈问题',
    leader: '领导',
    leaderName: '领导姓名',
    leaders: '领导',
    leadingGroupRole: '领导小组职务',
    notFound: (p: { label: Label; id: string | number }) => `${p.label.zh}（${p.id}）不存在`,
    otherRecords: '其他记录',
    parentUnit: '上级单位',
    post: '职务',
    progressReports: '进展报送',
    subUnits: '下级单位',
    tasks: '整改任务',
    unit: '单位',
    workUnit: '所在单位',
    unitKind: '单位类别',
    unitName: '单位名称',
    userAccounts: '用户账号',
  },
  outbound: {
    mustHttpHttpsAddress: (p: { label: Label }) => `${p.label.zh}应为 http:// 或 https:// 开头的网址`,
    pointsLoopbackPrivateReservedAddress: (p: {
      label: Label;
      refused: string;
      OUTBOUND_ALLOW_HOSTS_ENV: string;
    }) =>
      `${p.label.zh}指向本机、内网或保留地址（${p.refused}），不能向其发送；内网接收方须由运维在 ${p.OUTBOUND_ALLOW_HOSTS_ENV} 中放行`,
  },
  read: {
    apiClient: '接口令牌',
    auditEvent: '审计记录',
    inspection: '巡视轮次',
    issue: '反馈问题',
    leader: '领导',
    progressReport: '进展报送',
    task: '整改任务',
    unit: '单位',
    user: '用户',
  },
  reports: {
    date: '截至日期',
    figuresParagraphComputedLedgerClue:
      '数据段落由台账和线索记录实时计算，不能直接修改；请在相邻段落中撰写说明',
    onlyNarrativeParagraphsCanRemoved: '只能删除正文段落，标题、问题和数据段落可以修改但不能删除',
    paragraph: '段落',
    paragraphText: '段落内容',
    publishedReport: '已发布的通报',
    reportAlreadyPublished: '通报已发布',
    reportDraft: '通报草稿',
    reportFrozenCanNoLonger: '通报已定稿，不能再修改',
    reportVersion: '通报版本',
  },
  spreadsheet: {
    create: '新增',
    unchanged: '不变',
    update: '更新',
  },
  supervision: {
    visitFoundProblemRespondBy: (p: { visitDate: string; unitName: string; responseDue: string }) =>
      `督查（${chineseDate(p.visitDate)}）发现${p.unitName}存在问题，请于${chineseDate(p.responseDue)}前反馈整改情况`,
    findingFollowedUpClosed: (p: { comment: string | null }) =>
      `督查发现问题已跟进办结${p.comment ? `：${p.comment}` : ''}`,
    cannotBeforeToday: (p: { responseDueField: Label; today: string }) =>
      `${p.responseDueField.zh}不能早于今天（${chineseDate(p.today)}）`,
    cannotBeforeVisit: (p: { responseDueField: Label; visitDate: string }) =>
      `${p.responseDueField.zh}不能早于督查日期${chineseDate(p.visitDate)}`,
    close: '跟进办结',
    finding: '督查发现问题',
    problemFound: '发现问题',
    followUpComment: '跟进意见',
    followUpOutcome: '跟进结果',
    groupName: '督查组名称',
    groupNamedExistsAlready: (p: { nameField: Label; name: string }) => `${p.nameField.zh}“${p.name}”已存在`,
    headGroup: '组长',
    method: '督查方式',
    respond: '反馈',
    response: '整改反馈',
    responseDue: '反馈时限',
    return: '退回重新反馈',
    summary: '督查情况',
    supervisionGroup: '督查组',
    supervisionVisit: '督查',
    supervisorsReturnedYourResponseRespond: (p: { comment: string | null; responseDue: string }) =>
      `督查组退回了您单位的反馈，请于${chineseDate(p.responseDue)}前重新反馈：${p.comment}`,
    taskNeitherLedNorCo: (p: { TASK_LABEL: Label; taskId: number }) =>
      `${p.TASK_LABEL.zh}（${p.taskId}）不由被督查单位牵头或配合`,
    unitRespondedFindingPleaseFollow: '被督查单位已反馈督查发现问题的整改情况，请跟进',
    unitVisited: '被督查单位',
    visitDate: '督查日期',
  },
  webhooks: {
    apiClient: '接口令牌',
    kindsChange: '推送的变更类型',
    onlyFailedDeliveryCanRetried: '只能重新推送失败的记录',
    unknownKindChange: (p: { kind: string }) => `未知的变更类型：${p.kind}`,
    url: '接收地址',
    webhookDelivery: '推送记录',
    webhookSubscription: '推送订阅',
  },
  workflow: {
    unsupportedFileType: (p: { contentType: string; accepted: string }) =>
      `不支持的文件类型（${p.contentType || '未注明'}），可上传：${p.accepted}`,
    taskMarkedOngoing: (p: { caption: string; comment: string | null }) =>
      `${p.caption}已确认为“基本完成、长期坚持”${p.comment ? `：${p.comment}` : ''}`,
    approvedClosed: (p: { caption: string }) => `${p.caption}已审核通过，予以销号`,
    cannotBeforeToday: (p: { deadlineField: Label; today: string }) =>
      `${p.deadlineField.zh}不能早于今天（${chineseDate(p.today)}）`,
    proposedDeadlineBeforeToday: (p: { proposedDeadlineField: Label; today: string }) =>
      `${p.proposedDeadlineField.zh}不能早于今天（${chineseDate(p.today)}）`,
    closureRequest: '销号申请',
    closureRequestEndorsed: (p: { caption: string }) => `${p.caption}的销号申请已由责任领导签字背书`,
    closureRequestEndorsedPleaseReview: (p: { caption: string }) =>
      `${p.caption}的销号申请已签字背书，请审核`,
    closureRequestSentBackLeader: (p: { caption: string; comment: string }) =>
      `${p.caption}的销号申请被责任领导退回：${p.comment}`,
    closureRequestSentBackOffice: (p: { caption: string; comment: string }) =>
      `${p.caption}的销号申请被整改办退回：${p.comment}`,
    closureRequestWithdrawn: (p: { caption: string }) => `${p.caption}的销号申请已由责任单位撤回`,
    closureRequestedPleaseEndorse: (p: { caption: string }) => `${p.caption}申请销号，请签字背书`,
    comment: '审核说明',
    explanation: '说明',
    containsControlCharacters: (p: { fileNameField: Label }) => `${p.fileNameField.zh}含有控制字符`,
    contentNotFile: (p: { label: string }) => `文件内容不是${p.label}格式`,
    deadlineChange: '完成时限调整',
    decision: '审核意见',
    evidence: '佐证材料',
    extensionApprovedDeadlineNow: (p: { caption: string; proposedDeadline: string }) =>
      `${p.caption}的延期申请已审核通过，完成时限调整为${chineseDate(p.proposedDeadline)}`,
    extensionEndorsedPleaseReview: (p: { caption: string; proposedDeadline: string }) =>
      `${p.caption}申请延期至${chineseDate(p.proposedDeadline)}，已签字背书，请审核`,
    extensionRequest: '延期申请',
    extensionRequestEndorsed: (p: { caption: string }) => `${p.caption}的延期申请已由责任领导签字背书`,
    extensionRequestSentBackLeader: (p: { caption: string; comment: string }) =>
      `${p.caption}的延期申请被责任领导退回：${p.comment}`,
    extensionRequestSentBackOffice: (p: { caption: string; comment: string }) =>
      `${p.caption}的延期申请被整改办退回：${p.comment}`,
    extensionRequestWithdrawn: (p: { caption: string }) => `${p.caption}的延期申请已由责任单位撤回`,
    extensionRequestedPleaseEndorse: (p: { caption: string; proposed: string }) =>
      `${p.caption}申请延期至${chineseDate(p.proposed)}，请签字背书`,
    fileContent: '文件内容',
    fileEmpty: '文件为空',
    fileMayMostMb: (p: { mib: number }) => `文件不能超过${p.mib}MB`,
    fileName: '文件名',
    fileType: '文件类型',
    lookBackReopenedNewDeadline: (p: { caption: string; reason: string; deadline: string }) =>
      `回头看：${p.caption}已重新打开，新的完成时限为${chineseDate(p.deadline)}，理由：${p.reason}`,
    must15WholeNumbers: (p: { reminderDaysField: Label }) =>
      `${p.reminderDaysField.zh}应为1至5个1至365的整数`,
    mustAfterCurrentDeadline: (p: { proposedDeadlineField: Label; deadline: string }) =>
      `${p.proposedDeadlineField.zh}须晚于现完成时限${chineseDate(p.deadline)}`,
    mustNotRepeat: (p: { reminderDaysField: Label }) => `${p.reminderDaysField.zh}不能重复`,
    mustWholeNumber0365: (p: { yellowDaysField: Label }) => `${p.yellowDaysField.zh}应为0至365的整数`,
    newDeadline: '新的完成时限',
    notReportTask: (p: { progressReportIdField: Label; progressReportId: number }) =>
      `${p.progressReportIdField.zh}（${p.progressReportId}）不是该任务的报送`,
    onlyLeadUnitMayCo: (p: { action: Label }) =>
      `只有牵头单位可以${p.action.zh}；配合单位请向牵头单位提供材料`,
    progressReport: '进展报送',
    proposedDeadline: '申请延期至',
    reason: '延期理由',
    reasonReopening: '重新打开的理由',
    rejectionNeedsReason: '退回时须说明理由',
    reminderLeadTimesDays: '提醒提前天数',
    reportingCadence: '报送周期',
    requestClosure: '申请销号',
    requestExtension: '申请延期',
    requestMustDeclareFileSize: '请求须注明文件大小（Content-Length）',
    resumeWork: '恢复整改',
    review: '审核记录',
    reviewMustSignedSignedUser: '审核须由登录用户签署',
    settings: '系统设置',
    statement: '整改完成情况说明',
    task: '整改任务',
    taskAlreadyClosureRequestUnder: '该任务已有待审核的销号申请',
    taskAlreadyExtensionRequestUnder: '该任务已有待审核的延期申请',
    taskChangedAfterEndorsedResponsible: '任务在签字背书后有变动，需责任领导重新签字背书后才能审核通过',
    taskClosedEvidenceCanNo: '任务已销号，不能再上传佐证材料',
    taskNoDeadlineYetOffice: '任务尚未确定完成时限，请整改办直接设定',
    taskNoLongerOpenThere: '任务已不在整改中，无需延期',
    taskThereNoDeadlineExtend: (p: { state: Label }) => `任务状态为“${p.state.zh}”，无需延期`,
    uploadEvidence: '上传佐证材料',
    uploadEvidenceBeforeRequestingClosure: '申请销号须先上传佐证材料',
    withdrawClosureRequest: '撤回销号申请',
    withdrawExtensionRequest: '撤回延期申请',
    yellowWarningLeadTimeDays: '黄色预警提前天数',
  },
};
