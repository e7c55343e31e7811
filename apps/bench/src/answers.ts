// The answers of Q1 and Q2 reduced to their data, so that Rectify's GraphQL response and the floor's hand-built
// JSON compare field by field, whatever their formatting (times are compared as instants).

interface Q1Answer {
  data: {
    issues: {
      nodes: {
        id: number;
        code: string;
        title: string;
        tasks: {
          id: number;
          ordinal: string;
          measure: string;
          status: string;
          deadline: string | null;
          leadUnit: { name: string } | null;
          leader: { name: string; post: string } | null;
          latestProgress: { percent: number; reportedAt: string } | null;
        }[];
      }[];
    };
  };
}

interface Q2Answer {
  data: {
    tasks: {
      totalCount: number;
      nodes: {
        id: number;
        ordinal: string;
        measure: string;
        status: string;
        deadline: string | null;
        issue: { code: string; title: string } | null;
      }[];
    };
  };
}

const instant = (time: string) => new Date(time).toISOString();

export function q1Data(answer: unknown) {
  return (answer as Q1Answer).data.issues.nodes.map((issue) => ({
    id: issue.id,
    code: issue.code,
    title: issue.title,
    tasks: issue.tasks.map((task) => ({
      id: task.id,
      ordinal: task.ordinal,
      measure: task.measure,
      status: task.status,
      deadline: task.deadline,
      leadUnit: task.leadUnit?.name ?? null,
      leader: task.leader ? [task.leader.name, task.leader.post] : null,
      latestProgress: task.latestProgress
        ? [task.latestProgress.percent, instant(task.latestProgress.reportedAt)]
        : null,
    })),
  }));
}

export function q2Data(answer: unknown) {
  const { totalCount, nodes } = (answer as Q2Answer).data.tasks;
  return {
    totalCount,
    nodes: nodes.map((task) => ({
      id: task.id,
      ordinal: task.ordinal,
      measure: task.measure,
      status: task.status,
      deadline: task.deadline,
      issue: task.issue ? [task.issue.code, task.issue.title] : null,
    })),
  };
}
