package civicgraph.model;

/** What a gazette item is, as the contract names it; the Javadoc gives the Chinese forms each kind reads. */
public enum DocumentKind {
    /** 决议. */
    RESOLUTION,
    /** 决定 (also 決定). */
    DECISION,
    /** 审议意见. */
    DELIBERATION_OPINION,
    /** 任命名单, 任免名单, 免职名单. */
    APPOINTMENT_LIST,
    /** 议案. */
    MOTION,
    /** 报告 (and 情况报告, 落实情况报告). */
    REPORT,
    /** 调研报告. */
    RESEARCH_REPORT,
    /** 审查结果报告 (and 审查报告). */
    REVIEW_REPORT,
    /** 说明. */
    EXPLANATION,
    /** 讲话. */
    SPEECH,
    /** 选举办法. */
    ELECTION_RULES,
    /** 议题. */
    AGENDA,
    /** 出席情况, 列席情况. */
    ATTENDANCE_RECORD,
    /** 辞职报告, 辞职请求. */
    RESIGNATION_LETTER,
    /** 备案报告. */
    FILING_REPORT,
    /** 工作报告, 政府工作报告, 履职情况报告. */
    WORK_REPORT,
    OTHER;

    /** Kinds that, once adopted at a session, carry the extra label Resolution. */
    public boolean adoptable() {
        return this == RESOLUTION || this == DECISION || this == DELIBERATION_OPINION || this == APPOINTMENT_LIST
                || this == ELECTION_RULES;
    }
}
