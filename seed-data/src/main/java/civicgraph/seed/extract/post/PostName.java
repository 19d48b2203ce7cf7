package civicgraph.seed.extract.post;

import java.util.Optional;

/**
 * A post as printed, "宝山区人民政府副区长" / "宝山区副区长" / "区人大常委会人事工作委员会主任" / "院长", read as a body and a
 * title within it.
 */
public record PostName(CanonicalBody body, String title) {

    /**
     * The body and title of {@code post}; district-relative forms ("区…", a bare "院长") take {@code gazetteDistrict}.
     * Empty when the post ends in no known title, or is a bare title that names no body ("主任"): the caller reports it.
     */
    public static Optional<PostName> parse(String post, String gazetteDistrict) {
        if (post == null) {
            return Optional.empty();
        }
        String written = PostTitles.squeeze(post).replaceAll("[。；;，,：:]+$", "");
        Optional<String> title = PostTitles.suffixOf(written);
        if (title.isEmpty()) {
            return Optional.empty();
        }
        String bodyPart = written.substring(0, written.length() - title.get().length());
        if (bodyPart.matches(".*[、，,。；;：:].*")) {
            return Optional.empty(); // a list or a sentence ("各位代表、委员"), not one post
        }
        Optional<String> district = BodyName.bareDistrict(bodyPart, gazetteDistrict);
        if (district.isPresent()) {
            // 宝山区副区长, 院长: the title says which body of the district it is
            Optional<String> implied = impliedBody(title.get());
            return implied.map((organ) -> new PostName(BodyName.canonical(district.get() + organ, gazetteDistrict),
                    title.get()));
        }
        return Optional.of(new PostName(BodyName.canonical(bodyPart, gazetteDistrict), title.get()));
    }

    /** The body a bare title belongs to in a district: a 区长 is of the 人民政府, a 检察员 of the 人民检察院. */
    private static Optional<String> impliedBody(String title) {
        return switch (title) {
            case "区长", "副区长", "常务副区长", "区长助理", "县长", "副县长" -> Optional.of("人民政府");
            case "院长", "副院长", "审判员", "助理审判员", "审判委员会委员", "人民陪审员", "执行局局长", "执行局副局长" ->
                Optional.of("人民法院");
            case "检察长", "副检察长", "检察员", "检察委员会委员", "检察委员会专职委员" -> Optional.of("人民检察院");
            case "代表" -> Optional.of("人民代表大会");
            default -> Optional.empty();
        };
    }
}
