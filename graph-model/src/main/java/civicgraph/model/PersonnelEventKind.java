package civicgraph.model;

/** What happened to a person and a post, as the contract names it. */
public enum PersonnelEventKind {
    /** 任命. */
    APPOINTED,
    /** 免去, 免职. */
    REMOVED,
    /** 辞职报告: the person's own request. */
    RESIGNATION_REQUESTED,
    /** 接受…辞去…职务的请求. */
    RESIGNATION_ACCEPTED,
    /** 职务自行免除 (e.g. 退休). */
    TERMINATED,
    /** 选举, 补选, 当选. */
    ELECTED,
    /** 代表资格确认. */
    QUALIFICATION_CONFIRMED;

    /** Whether the event starts a tenure in the post. */
    public boolean starts() {
        return this == APPOINTED || this == ELECTED || this == QUALIFICATION_CONFIRMED;
    }

    /** Whether the event ends a tenure in the post. */
    public boolean ends() {
        return this == REMOVED || this == RESIGNATION_ACCEPTED || this == TERMINATED;
    }
}
