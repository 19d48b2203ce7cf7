package civicgraph.seed.extract.personnel;

import civicgraph.seed.corpus.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * People introduced with their posts in a personnel statement: "第6选区补选青浦区人大常委会教科文卫工委副主任、侨民宗工委
 * 副主任张宏洲为…" says that 张宏洲 held both posts on that day. Only where a statement states an election
 * ({@link ElectionRule}): elsewhere a title before a name is too often the speaker's, not the person's.
 */
public final class PostMentionRule {

    public List<PostMention> apply(Statement statement) {
        String text = statement.masked();
        Set<String> known = QualificationRule.namesIn(text);
        List<PostMention> mentions = new ArrayList<>();
        Matcher m = ElectionRule.BY_ELECTION.matcher(text);
        while (m.find()) {
            ElectionRule.byElection(text, m, known).ifPresent((e) -> e.apposition()
                .posts()
                .forEach((post) -> mentions.add(new PostMention(e.apposition().person(), post, statement.evidence()))));
        }
        return mentions;
    }

    /** The rule on one line. */
    public List<PostMention> apply(SourceLine line) {
        return apply(Statement.of(line));
    }
}
