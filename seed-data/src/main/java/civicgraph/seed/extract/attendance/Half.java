package civicgraph.seed.extract.attendance;

/** Which half of a day a sitting took: "上午" or "下午". */
public enum Half {
    /** 上午. */
    MORNING,
    /** 下午. */
    AFTERNOON;

    /** The half a text names, or null when it names none (or both, as "上午、下午" does). */
    public static Half in(String text) {
        boolean morning = text.contains("上午");
        boolean afternoon = text.contains("下午");
        if (morning == afternoon) {
            return null;
        }
        return morning ? MORNING : AFTERNOON;
    }
}
