package civicgraph.model;

/**
 * The node labels of the civic graph. Each label has a short id prefix so that an id alone says what it names
 * ({@code node(id:)} needs no lookup table).
 */
public enum Label {
    /** 人员: an official, a member, a deputy. */
    Person("per"),
    /** 机构: a congress, its standing committee and committees, a government and its departments, courts, towns. */
    Body("bod"),
    /** 职务: a title within a body, e.g. 副区长 of 宝山区人民政府. */
    Post("pst"),
    /** 会议: a sitting body's numbered meeting, e.g. 第十三次会议. */
    Session("ses"),
    /** 文件: a titled item of a gazette (决议, 报告, 议案, 任免名单 ...). */
    Document("doc"),
    /** The extra label of a document adopted at a session (决议, 决定, 审议意见, 任免名单, 选举办法). */
    Resolution(null),
    /** 区, 选区, 镇: an administrative, electoral or town district. */
    District("dst"),
    /** One gazette file as ingested: its bytes' hash, its lines. */
    Source("src"),
    /** A person in a post over a span of time, derived from events and observations. */
    Tenure("ten"),
    /** A personnel event: 任命, 免职, 辞职, 当选, 自行免除 ... */
    PersonnelEvent("evt"),
    /** One sitting (half-day or whole) of a session, with its attendance list. */
    Sitting("sit"),
    /** A data-quality finding of the extractor, kept with its source line. */
    Finding("fnd");

    private final String idPrefix;

    Label(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The prefix of this label's ids, or null for a label that only ever accompanies another one. */
    public String idPrefix() {
        return this.idPrefix;
    }
}
