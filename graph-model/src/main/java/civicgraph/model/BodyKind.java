package civicgraph.model;

/** The kinds of body, as the contract names them. */
public enum BodyKind {
    /** 人民代表大会. */
    CONGRESS,
    /** 人民代表大会常务委员会. */
    STANDING_COMMITTEE,
    /** 专门委员会: 法制委员会, 财政经济委员会, 代表资格审查委员会 ... */
    SPECIAL_COMMITTEE,
    /** 工作委员会 of the standing committee: 人事工作委员会, 预算工作委员会 ... */
    WORKING_COMMITTEE,
    /** 主任会议. */
    CHAIRPERSONS_MEETING,
    /** 人民政府. */
    GOVERNMENT,
    /** A government's 局, 委员会, 办公室 ... */
    GOVERNMENT_DEPARTMENT,
    /** 人民法院. */
    COURT,
    /** 人民法庭. */
    TRIBUNAL,
    /** 人民检察院. */
    PROCURATORATE,
    /** 监察委员会. */
    SUPERVISORY_COMMISSION,
    /** 镇, 街道. */
    TOWN,
    OTHER
}
